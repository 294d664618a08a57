/** Katalog metrik dalam bahasa Indonesia. */
import type { MetricWording } from './types.js';

export const id: MetricWording = {
  engagement_rate_by_reach: { name: 'Tingkat interaksi per jangkauan', definition: 'Berapa banyak orang yang melihat sebuah postingan lalu bereaksi terhadapnya.', formula: 'interaksi ÷ jangkauan × 100' },
  engagement_rate_by_impressions: { name: 'Tingkat interaksi per tayangan', definition: 'Jumlah reaksi untuk setiap seratus kali postingan ditampilkan.', formula: 'interaksi ÷ tayangan × 100' },
  engagement_rate_by_followers: { name: 'Tingkat interaksi per pengikut', definition: 'Reaksi dibandingkan dengan besarnya audiens saat postingan diterbitkan.', formula: 'interaksi ÷ pengikut × 100' },
  amplification_rate: { name: 'Tingkat amplifikasi', definition: 'Seberapa sering pengikut meneruskan postingan kepada pengikut mereka sendiri.', formula: '(repost + kutipan) ÷ pengikut × 100' },
  applause_rate: { name: 'Tingkat apresiasi', definition: 'Rata-rata jumlah suka yang diterima sebuah postingan.', formula: 'suka ÷ postingan' },
  conversation_rate: { name: 'Tingkat percakapan', definition: 'Rata-rata balasan (komentar) yang dipicu sebuah postingan.', formula: 'balasan ÷ postingan' },
  virality_rate: { name: 'Tingkat viralitas', definition: 'Jumlah bagikan untuk setiap seratus kali postingan ditampilkan.', formula: '(repost + kutipan) ÷ tayangan × 100' },
  audience_growth_rate: { name: 'Tingkat pertumbuhan audiens', definition: 'Seberapa besar jumlah pengikut bertambah selama periode ini.', formula: '(pengikut di akhir − pengikut di awal) ÷ pengikut di awal × 100' },
  click_through_rate: { name: 'Rasio klik-tayang (CTR)', definition: 'Klik pada tautan terlacak untuk setiap seratus tayangan postingan yang memuatnya.', formula: 'klik tautan ÷ tayangan × 100' },
  conversion_rate: { name: 'Tingkat konversi', definition: 'Pesanan untuk setiap seratus klik yang menjadi asalnya; karena setiap pesanan dihitung, angkanya bisa melebihi 100%.', formula: 'pesanan ÷ klik tautan × 100' },
  cost_per_order: { name: 'Biaya per pesanan', definition: 'Biaya satu pesanan dari saluran ini; jika melebihi nilai rata-rata pesanan, saluran ini merugi.', formula: 'biaya ÷ pesanan' },
  return_on_spend: { name: 'Imbal hasil biaya', definition: 'Berapa yang dihasilkan kembali oleh biaya, di luar biaya itu sendiri.', formula: '(pendapatan − biaya) ÷ biaya × 100' },
  net_sentiment: { name: 'Sentimen bersih', definition: 'Selisih pesan positif atas pesan negatif, dari −1 (semua negatif) sampai 1 (semua positif); pesan netral tidak dihitung.', formula: '(positif − negatif) ÷ (positif + negatif)' },
  first_response_time: { name: 'Waktu tanggapan pertama', definition: 'Berapa lama orang menunggu jawaban pertama dalam sebuah percakapan, dalam menit jam kerja.', formula: 'Σ waktu tanggapan pertama ÷ percakapan yang dijawab (median ditampilkan di sampingnya)' },
  average_response_time: { name: 'Rata-rata waktu tanggapan', definition: 'Rata-rata lama sebuah jawaban, dengan menghitung semua jawaban, bukan hanya yang pertama.', formula: 'Σ waktu tanggapan ÷ jumlah tanggapan' },
  engaged_share: { name: 'Porsi audiens yang aktif', definition: 'Bagian pengikut yang benar-benar berinteraksi dengan akun dalam 30 hari terakhir: kualitas lebih penting daripada jumlah.', formula: 'orang berbeda yang berkomentar atau menyebut akun (30 hari) ÷ pengikut × 100' },
  repeat_purchase_rate: { name: 'Tingkat pembelian ulang', definition: 'Dari pelanggan yang pertama kali datang lewat media sosial, berapa yang memesan lagi.', formula: 'pelanggan dengan pesanan kedua ÷ pelanggan × 100' },
  reach_beyond_followers: { name: 'Jangkauan di luar pengikut', definition: 'Seberapa jauh postingan menyebar dibandingkan jumlah pengikut saat diterbitkan; di atas 1 berarti menjangkau orang yang tidak mengikuti akun.', formula: 'jangkauan ÷ pengikut saat diterbitkan' },
};
