/**
 * Pages in the shape of real news sites (written here, not copied): site chrome around the
 * story, figures, bylines, newsletter boxes and related-story lists where real pages put
 * them. The stories are invented.
 */

const chrome = (site: string, body: string, head = '', lang = 'en') => `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><title>${site}</title>
<meta property="og:site_name" content="${site}">${head}</head>
<body>
<header class="site-header"><a href="/">${site}</a>
  <nav class="main-nav"><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
  <li><a href="/business">Business</a></li><li><a href="/sport">Sport</a></li></ul></nav>
  <a class="subscribe-button" href="/subscribe">SUBSCRIBE</a></header>
<main>${body}</main>
<footer class="site-footer"><p>© 2026 ${site}. All rights reserved.</p>
  <ul><li><a href="/about">About us</a></li><li><a href="/privacy">Privacy</a></li></ul></footer>
</body></html>`;

const ld = (o: Record<string, unknown>) =>
  `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', ...o })}</script>`;

/** A photo and its caption come first; a caption-looking paragraph follows the figure. */
export const CAPTION_FIRST = chrome(
  'Harbour Gazette',
  `<article class="story">
  <h1 class="headline">Ferry service resumes after storm damage repaired</h1>
  <div class="byline">By <a href="/staff/mara-lind">Mara Lind</a></div>
  <time datetime="2026-02-10T08:30:00Z">10 February 2026, 08:30</time>
  <figure class="lead-image"><img src="/ferry.jpg" alt="">
    <figcaption>The ferry Nordlys leaves the harbour on Monday morning. Photo: Harbour Gazette/Jon Berg</figcaption></figure>
  <p class="image-caption">Passengers queue at the terminal before the first crossing. (Photo: Jon Berg)</p>
  <div class="story-body">
  <p>The island ferry resumed its crossings on Monday, three weeks after a winter storm tore the vessel's loading ramp from the harbour wall.</p>
  <p>Engineers worked through the weekend to fit a replacement ramp, and the first boat left the mainland terminal at seven in the morning with about forty passengers on board.</p>
  <p>The operator said the timetable would return to normal by Wednesday, once a second crew had finished its safety training.</p>
  <p>Islanders had relied on a smaller charter boat for food and medicine while the ferry was out of service, and the local school had moved its lessons online.</p>
  <p>"It has been a long three weeks, and people are relieved," said the harbour master, Per Holm, who oversaw the repairs.</p>
  <p>The council has asked the national road authority to pay for a stronger ramp that can withstand the storms the coast now sees every winter.</p>
  </div></article>`,
  ld({
    '@type': 'NewsArticle',
    headline: 'Ferry service resumes after storm damage repaired',
    author: { '@type': 'Person', name: 'Mara Lind' },
    datePublished: '2026-02-10T08:30:00Z',
  }),
);

/** A newsletter sign-up box sits between two paragraphs of the story. */
export const NEWSLETTER_INSIDE = chrome(
  'Metro Daily',
  `<article>
  <h1>City council votes to extend tram line to the airport</h1>
  <p class="article-byline">By Sam Ortiz and Lee Chan</p>
  <div class="article-body">
  <p>The city council voted on Tuesday to extend the tram line to the airport, ending a decade of argument over how travellers should reach the terminal.</p>
  <p>The eight-kilometre extension will cost about 400 million euros and is due to open in 2030, the transport committee said after the vote.</p>
  <div class="newsletter-signup">
    <h3>Breaking News Emails</h3>
    <p>Get breaking news alerts and special reports. The news and stories that matter, delivered weekday mornings.</p>
    <form><input type="email" placeholder="Your email"><button>SUBSCRIBE</button></form>
    <p>By signing up you agree to our privacy policy. You can unsubscribe at any time.</p>
  </div>
  <p>Supporters said the line would take thousands of cars off the motorway each day, while opponents argued that the money should go to bus routes in the suburbs.</p>
  <p>The vote passed by 31 to 24 after a six-hour debate, and construction is expected to begin next spring once the final designs are approved.</p>
  <p>Airport officials welcomed the decision and said they would build a new station beneath the main terminal building.</p>
  <div class="share-tools"><a href="#">Share</a> <a href="#">Tweet</a> <a href="#">Email</a></div>
  <p>Follow Sam Ortiz on Twitter.</p>
  </div>
  <aside class="related-stories"><h4>Related</h4><ul>
    <li><a href="/a">Airport passenger numbers hit record</a></li>
    <li><a href="/b">Motorway widening plan shelved</a></li></ul></aside>
  </article>`,
  '<meta property="og:title" content="City council votes to extend tram line to the airport | Metro Daily">',
);

/** A Japanese article: no spaces between words. */
export const JAPANESE = chrome(
  '港町新聞',
  `<article><h1>台風で運休していたフェリーが運航を再開</h1>
  <p>台風の被害で三週間運休していた離島フェリーが、月曜日の朝に運航を再開した。港の岸壁から外れた乗船用の橋を、技術者が週末にかけて交換した。</p>
  <p>最初の便は午前七時に本土の港を出発し、約四十人の乗客が乗った。運航会社によると、水曜日までに通常の時刻表に戻る見込みだという。</p>
  <p>運休中、島の住民は小型のチャーター船で食料や医薬品を運んでいた。地元の小学校は授業をオンラインに切り替えていた。</p>
  <p>港長は「長い三週間だった。皆ほっとしている」と話した。市議会は、冬の嵐に耐えられる頑丈な橋の費用負担を国に求めている。</p>
  </article>`,
  '',
  'ja',
);

/** A 60-word breaking news item. */
export const SHORT_ITEM = chrome(
  'Valley Courier',
  `<article><h1>Bridge closed after lorry strikes railing</h1>
  <p>The Old Mill bridge was closed to traffic on Thursday afternoon after a lorry struck its railing and left part of the stone parapet hanging over the river.</p>
  <p>Nobody was hurt. Police said the road would stay shut overnight while engineers inspect the structure, and drivers should use the bypass instead. The council said repairs could take two weeks.</p>
  </article>`,
);

/** A section front: headlines and links, no story. */
export const HOME_PAGE = chrome(
  'Valley Courier',
  `<section class="top-stories"><h2>Top stories</h2><ul>
  ${Array.from(
    { length: 14 },
    (_, i) =>
      `<li><a href="/story-${i}">Council approves budget for road repairs in district ${i + 1} after long debate</a></li>`,
  ).join('\n')}
  </ul></section>`,
);

/** A subscriber-only page: a teaser and a login wall. */
export const LOGIN_WALL = chrome(
  'Metro Daily',
  `<article><h1>Inside the deal that saved the shipyard</h1>
  <p>Subscribe or log in to continue reading this article.</p>
  <p><a href="/login">Log in</a> <a href="/subscribe">Subscribe now</a></p></article>`,
);
