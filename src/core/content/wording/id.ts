/** The content coach in Indonesian. */
import type { CoachWording } from './types.js';

export const id: CoachWording = {
  findings: {
    over_limit: 'Teks ini sepanjang {length} karakter, {over} melebihi batas jaringan sebesar {limit}: jaringan akan menolaknya.',
    no_image:
      'Postingan ini tidak punya gambar atau video, dan hanya {withImagePercent}% postingan di sekitarnya yang punya, di bawah target rencana {minPercent}%. Gambar paling banyak dibagikan orang: tambahkan satu.',
    no_image_within_mix:
      'Postingan ini tidak punya gambar atau video. {withImagePercent}% postingan di sekitarnya, termasuk yang ini, punya gambar, jadi target rencana {minPercent}% masih terpenuhi, tetapi gambar paling banyak dibagikan orang.',
    untracked_link: 'Tautan {url} bukan tautan terlacak, jadi klik dan pesanan darinya tidak akan terhitung.',
    mostly_self_promotion:
      '{promotionalCount} dari {postCount} postingan di sekitar tanggal ini, termasuk yang ini, bersifat promosi ({percent}%; rencana membolehkan {maxPercent}%). Postingan ini dihitung promosi karena: {words}. Selingi dengan postingan yang membantu atau menghibur pengikut Anda.',
    quiet_hour: 'Hanya sedikit pengikut Anda yang aktif pada waktu ini ({weekday}, {hour}): sekitar {activityPercent}% dari jam rata-rata. Coba {suggestedWeekday}, {suggestedHour}.',
    no_dialogue_for_a_week:
      'Baik postingan ini maupun postingan dalam {days} hari sebelumnya tidak mengajukan pertanyaan atau mengajak membalas. Tanyakan sesuatu kepada pengikut Anda, atau buat polling, untuk memulai percakapan.',
  },
  rules: {
    over_limit: 'Terlalu panjang',
    no_image: 'Tanpa gambar',
    untracked_link: 'Tautan tidak terlacak',
    self_promotion: 'Terlalu banyak promosi diri',
    quiet_hour: 'Waktu sepi',
    no_dialogue_for_a_week: 'Tidak ada dialog minggu ini',
  },
};
