/**
 * A realistic news page (invented story): site chrome around a multi-paragraph article
 * with quotes, as Readability meets it in the wild. Facts the tests look for:
 * the budget sentence (only one mentions "budget", with €412 million); nothing about zebras.
 */
export const ARTICLE_TITLE = 'Harbour City approves tram extension to the eastern docks';

export const ARTICLE_HTML = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>${ARTICLE_TITLE} | The Harbour Courier</title>
  <meta property="og:site_name" content="The Harbour Courier">
  <meta name="author" content="Mira Okonkwo">
</head>
<body>
  <header class="site-header">
    <a href="/">The Harbour Courier</a>
    <nav><a href="/news">News</a> <a href="/sport">Sport</a> <a href="/opinion">Opinion</a> <a href="/subscribe">Subscribe</a></nav>
  </header>
  <main>
    <article>
      <h1>${ARTICLE_TITLE}</h1>
      <p class="byline">By Mira Okonkwo, City Affairs Reporter · 14 March 2024</p>
      <p>Harbour City council voted 31 to 12 on Tuesday night to extend the number 4 tram line by 6.2 kilometres into the eastern docks, ending a decade of argument over how to connect the fast-growing district to the city centre.</p>
      <p>The extension will add seven stops between Central Station and the new ferry terminal at Pier 9, and trams are expected to run every six minutes at peak times once the line opens in late 2027.</p>
      <p>"This is the most important transport decision this city has made in a generation," said Mayor Elena Vasquez after the vote. "Forty thousand people will live in the docks by 2030, and they deserve a fast, clean way to get to work."</p>
      <p>The council approved a budget of €412 million for the project, of which the national infrastructure fund will cover €260 million and the city the remaining €152 million through a bond issue.</p>
      <p>Opposition councillors warned that the city's share could grow. Councillor Tomas Berg, who leads the Civic Alliance group, said the estimate left too little room for delays. "We have seen this before with the western bypass, which came in forty percent over plan," Berg said. "Residents will pay for optimism."</p>
      <p>Construction is scheduled to begin in April next year, starting with a new bridge over the Kessel canal. Traffic on Dock Road will be reduced to one lane in each direction for about eighteen months while the tracks are laid.</p>
      <p>Local businesses along Dock Road gave the plan a mixed reception. Hannah Lindqvist, who runs a bakery near the proposed Warehouse Square stop, said she welcomed the tram but feared the roadworks. "Two years of diggers outside my door could finish me before the first passenger arrives," she said.</p>
      <p>The city's transport authority said it would offer grants of up to €15,000 to shops that lose trade during construction, and would keep pavements open throughout.</p>
      <p>Environmental groups praised the vote. The Harbour Clean Air Coalition estimated that the line would take about 9,000 car journeys a day off the road and cut nitrogen dioxide along the docks corridor by a fifth.</p>
      <p>The extension is the first phase of a wider plan that would eventually carry trams across the river to the southern suburbs. A decision on the second phase is expected in 2026.</p>
    </article>
    <aside class="related">
      <h2>Related</h2>
      <ul><li><a href="/a">Ferry terminal opens at Pier 9</a></li><li><a href="/b">Bus fares to rise in June</a></li></ul>
    </aside>
  </main>
  <footer>© 2024 The Harbour Courier · <a href="/privacy">Privacy</a> · <a href="/terms">Terms</a></footer>
</body>
</html>`;

/** A page with almost no story text: extraction should call it "not an article". */
export const NOT_AN_ARTICLE_HTML = `<!doctype html><html><head><title>Login</title></head>
<body><form><label>Email <input name="email"></label><button>Sign in</button></form></body></html>`;

/**
 * A second story (invented), for follow-ups that must land on the right one: the budget
 * here is €38 million, and the engineer is Ruth Adeyemi.
 */
export const BRIDGE_TITLE = 'Kessel bridge to close for a year after cracks found in its steel';

export const BRIDGE_HTML = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>${BRIDGE_TITLE} | The Harbour Courier</title>
  <meta property="og:site_name" content="The Harbour Courier">
</head>
<body>
  <main>
    <article>
      <h1>${BRIDGE_TITLE}</h1>
      <p>The Kessel road bridge will close to all traffic for twelve months from June after inspectors found cracks in the steel hangers that hold up its deck, Harbour City's highways department said on Wednesday.</p>
      <p>About 22,000 vehicles cross the bridge every day, and buses on three routes will be sent on a detour through the western ring road that adds up to fifteen minutes to a journey.</p>
      <p>"We cannot take any risk with a structure that carries this many people," said Ruth Adeyemi, the city's chief bridge engineer. "The hangers have to be replaced one by one, and that takes time."</p>
      <p>The repairs will cost €38 million, which the city will pay from its road maintenance reserve, the highways department said.</p>
      <p>Shop owners on Kessel Street said the closure would hurt trade. Pieter Vos, who runs a hardware store at the foot of the bridge, said half of his customers drove in from the other bank of the river.</p>
      <p>A temporary footbridge for pedestrians and cyclists will open alongside the road bridge in July, the department said, and ferries between the two banks will run every ten minutes during rush hour.</p>
    </article>
  </main>
</body>
</html>`;
