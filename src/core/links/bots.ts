/**
 * Whether a click came from a program rather than a person, by its User-Agent. Two kinds matter
 * here: link-preview fetchers, which every network and messenger sends the moment a link is posted
 * or pasted (so a post would "get clicks" nobody made), and crawlers and tools. Bot clicks are
 * counted apart, never as clicks.
 *
 * Where the tokens come from (each operator documents its own User-Agent):
 * - Twitterbot: X, "Cards troubleshooting" (developer.x.com/en/docs/x-for-websites/cards).
 * - facebookexternalhit, facebookcatalog, meta-externalagent: Meta, "Meta Web Crawlers"
 *   (developers.facebook.com/docs/sharing/webmasters/web-crawlers); WhatsApp's previews say
 *   `WhatsApp/2.x`.
 * - LinkedInBot: LinkedIn, "Make sure your content is ready to be shared" (linkedin.com/help).
 * - Slackbot / Slackbot-LinkExpanding: Slack, "Slackbot and robots" (api.slack.com/robots).
 * - TelegramBot: Telegram's preview fetcher sends `TelegramBot (like TwitterBot)`.
 * - Discordbot: Discord's embed fetcher (`Mozilla/5.0 (compatible; Discordbot/2.0; +https://discordapp.com)`).
 * - Mastodon: every instance fetches a link's card itself, as `http.rb/… (Mastodon/4.x; +https://instance/)`
 *   (mastodon/mastodon, app/lib/request.rb); Pleroma, Akkoma and Misskey name themselves likewise.
 * - Bluesky: the card fetcher "cardyb" (bluesky-social/cardyb) sends `Bluesky Cardyb/1.1`.
 * - Googlebot, bingbot, Applebot, DuckDuckBot, YandexBot, Baiduspider: each search engine's
 *   crawler documentation (developers.google.com/search/docs/crawling-indexing/overview-google-crawlers,
 *   bing.com/webmasters/help/which-crawlers-does-bing-use-8c184ec0, support.apple.com/119829).
 * - Tools and headless browsers: curl, Wget, python-requests, Go's net/http, okhttp, Java,
 *   axios, node-fetch, undici, HeadlessChrome (Chrome's headless mode says so in its UA), PhantomJS,
 *   Lighthouse.
 * In-app browsers of the networks' apps (FBAN, Instagram, LinkedInApp, Telegram-Android, Discord)
 * carry people, so only the fetchers' own tokens above are matched, never a network's bare name.
 * Beyond the list, a User-Agent that carries a URL ("+https://…/bot.html") is a bot: crawlers
 * identify themselves that way and browsers never do. A missing User-Agent is a bot as well: every
 * browser sends one.
 */

const BOT_TOKENS = [
  // Link-preview fetchers of networks and messengers.
  'twitterbot',
  'facebookexternalhit',
  'facebookcatalog',
  'meta-externalagent',
  'meta-externalfetcher',
  'whatsapp',
  'linkedinbot',
  'slackbot',
  'slack-imgproxy',
  'telegrambot',
  'discordbot',
  'mastodon/',
  'http.rb/',
  'pleroma',
  'akkoma',
  'misskey',
  'cardyb',
  'pinterestbot',
  'redditbot',
  'skypeuripreview',
  'vkshare',
  'iframely',
  'embedly',
  'google-pagerenderer',
  'googleother',
  // Search engines and other crawlers.
  'googlebot',
  'google-inspectiontool',
  'apis-google',
  'adsbot-google',
  'mediapartners-google',
  'bingbot',
  'bingpreview',
  'msnbot',
  'applebot',
  'duckduckbot',
  'yandexbot',
  'yandeximages',
  'baiduspider',
  'slurp',
  'ahrefsbot',
  'semrushbot',
  'mj12bot',
  'dotbot',
  'petalbot',
  'bytespider',
  'gptbot',
  'chatgpt-user',
  'oai-searchbot',
  'claudebot',
  'claude-web',
  'perplexitybot',
  'ccbot',
  'ia_archiver',
  'archive.org_bot',
  'crawler',
  'spider',
  // Tools, libraries and headless browsers.
  'curl/',
  'wget/',
  'python-requests',
  'python-urllib',
  'python-httpx',
  'aiohttp',
  'go-http-client',
  'okhttp',
  'java/',
  'apache-httpclient',
  'libwww-perl',
  'axios/',
  'node-fetch',
  'undici',
  'headlesschrome',
  'phantomjs',
  'lighthouse',
  'http://',
  'https://',
] as const;

const BOT_PATTERN = new RegExp(BOT_TOKENS.map((token) => token.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|'), 'i');

/** True for crawlers, link-preview fetchers, tools, headless browsers and a missing User-Agent. */
export function isBotUserAgent(userAgent: string | undefined): boolean {
  if (userAgent === undefined || userAgent.trim() === '') return true;
  return BOT_PATTERN.test(userAgent);
}
