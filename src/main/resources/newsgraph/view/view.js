// newsgraph's view: the actor network, the timeline and the shipped queries, read through the read-only SPARQL
// endpoint (served by 'newsgraph serve') or from the data a report embeds (written by 'newsgraph report').
'use strict';

const OUR_IDS = 'https://w3id.org/newsgraph/id/';
const ONTOLOGY = 'https://w3id.org/newsgraph/ontology#';
const TYPE_COLOURS = { Meeting: '#1e88e5', Visit: '#43a047', Agreement: '#8e24aa', MilitarySupport: '#e53935' };
const NODE_STYLES = {
  Person: { shape: 'dot', color: '#ffb74d' },
  Organization: { shape: 'square', color: '#4db6ac' },
  Country: { shape: 'diamond', color: '#7986cb' },
  Place: { shape: 'triangle', color: '#a1887f' },
};
const DASHES = { reported: false, claimed: false, hedged: [8, 5], denied: [2, 5] };

const $ = id => document.getElementById(id);
const embedded = document.getElementById('newsgraph-data');
const reportData = embedded ? JSON.parse(embedded.textContent) : null;
const source = reportData ? reportSource(reportData) : serverSource();
// timings: milliseconds to the first answers and to the first picture (from the page's start), and for the last
// evidence shown (from the click)
const state = { actors: new Map(), edges: new Map(), network: null, nodes: null, edgeSet: null, timings: {}, drawing: 0 };
window.newsgraphView = state;

const iri = value => ({ type: 'uri', value });
const literal = value => ({ type: 'literal', value });

/** A term in SPARQL syntax, or null for an IRI that could break out of its angle brackets. */
function sparqlTerm(term) {
  if (term.type === 'uri') return /^[^<>"{}|^`\\\s]+$/.test(term.value) ? '<' + term.value + '>' : null;
  if (term.type === 'boolean') return term.value ? 'true' : 'false';
  return JSON.stringify(term.value);
}

/**
 * The query with each "VALUES ?name { UNDEF }" of a bound name filled with its terms (none: no row matches),
 * and its last LIMIT replaced when a limit is given.
 */
function fill(query, bindings, limit) {
  let out = query;
  for (const [name, terms] of Object.entries(bindings || {})) {
    const written = terms.map(sparqlTerm).filter(Boolean).join(' ');
    out = out.replace('VALUES ?' + name + ' { UNDEF }', 'VALUES ?' + name + ' { ' + written + ' }');
  }
  return limit ? out.replace(/LIMIT \d+\s*$/, 'LIMIT ' + limit + '\n') : out;
}

/** Queries go to this server's read-only SPARQL endpoint; query texts come from the view's own files. */
function serverSource() {
  const endpoint = new URL('../news/sparql', location.href).href;
  const texts = new Map();
  const text = path => {
    if (!texts.has(path)) {
      texts.set(path, fetch(path).then(r => {
        if (!r.ok) throw new Error(path + ': HTTP ' + r.status);
        return r.text();
      }));
    }
    return texts.get(path);
  };
  const run = async query => {
    const r = await fetch(endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/sparql-results+json' },
      body: new URLSearchParams({ query }),
    });
    if (!r.ok) throw new Error('SPARQL endpoint: HTTP ' + r.status + ' ' + (await r.text()).slice(0, 200));
    const json = await r.json();
    return { vars: json.head.vars, rows: json.results.bindings };
  };
  // the view's own queries are read once, while the page starts, so no click waits for a query's text
  ['top', 'network', 'search', 'publishers', 'events', 'facts', 'articles', 'evidence', 'resource']
    .forEach(name => text(name + '.rq').catch(() => {}));
  return {
    live: true,
    select: async (name, bindings, limit) => run(fill(await text(name + '.rq'), bindings, limit)),
    async queryNames() {
      return (await text('queries/index.txt')).split('\n').map(s => s.trim()).filter(Boolean);
    },
    runShipped: async name => run(await text('queries/' + name + '.rq')),
  };
}

/**
 * A report's data: the answers computed when the report was written (its picture, and the evidence behind it),
 * narrowed here as the VALUES of the view's queries would narrow them on a server.
 */
function reportSource(data) {
  const answerOf = key => {
    const a = data.results[key];
    return a ? { vars: a.head.vars, rows: a.results.bindings } : { vars: [], rows: [] };
  };
  const narrowed = (key, bindings) => {
    const answer = answerOf(key);
    const kept = answer.rows.filter(r => Object.entries(bindings || {}).every(([name, terms]) => !terms || !answer.vars.includes(name)
      || terms.some(t => r[name] && String(r[name].value) === String(t.value))));
    return { vars: answer.vars, rows: kept };
  };
  return {
    live: false,
    async select(name, bindings, limit) {
      if (name === 'top') {
        const ties = narrowed('network', { ...bindings, from: undefined, to: undefined }).rows;
        const touched = new Set(ties.flatMap(r => [val(r, 'from'), val(r, 'to')]));
        const answer = answerOf('top');
        return { vars: answer.vars, rows: answer.rows.filter(r => touched.has(val(r, 'actor'))).slice(0, limit) };
      }
      if (name === 'search') {
        const text = bindings.text[0].value;
        const ties = narrowed('network', { ...bindings, text: undefined }).rows;
        const named = (r, end) => [val(r, end + 'Label'), val(r, end + 'English')].some(n => n && n.toLowerCase().includes(text));
        const found = ties.filter(r => named(r, 'from') || named(r, 'to')).flatMap(r => [val(r, 'from'), val(r, 'to')]);
        return { vars: ['actor'], rows: [...new Set(found)].map(a => ({ actor: iri(a) })) };
      }
      // a resource's page shows its facts, an event's evidence is among its tie's events
      if (name === 'resource') return narrowed('facts', { event: bindings.node });
      return narrowed(name === 'evidence' ? 'events' : name, bindings);
    },
    queryNames: async () => data.queries,
    runShipped: async name => answerOf('queries/' + name),
  };
}

const val = (row, name) => (row[name] ? row[name].value : undefined);

function localName(iri) {
  if (iri.startsWith(ONTOLOGY)) return 'ng:' + iri.substring(ONTOLOGY.length);
  if (iri.startsWith(OUR_IDS)) return iri.substring(OUR_IDS.length);
  const cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
  return cut > 0 && cut < iri.length - 1 ? iri.substring(cut + 1) : iri;
}

function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  Object.entries(attrs || {}).forEach(([k, v]) => (k === 'class' ? (e.className = v) : e.setAttribute(k, v)));
  children.flat().forEach(c => e.append(c instanceof Node ? c : document.createTextNode(c == null ? '' : String(c))));
  return e;
}

/** A value for people: our ids open their page in the view, other IRIs show their short name, literals their text. */
function valueNode(term, label) {
  if (!term) return document.createTextNode('');
  if (term.type === 'uri') {
    const text = label || localName(term.value);
    if (term.value.startsWith(OUR_IDS)) {
      return el('a', { href: '#resource=' + encodeURIComponent(term.value), 'data-iri': term.value }, text);
    }
    return el('span', { title: term.value }, text);
  }
  const shown = term.value.length > 400 ? term.value.substring(0, 400) + '…' : term.value;
  return document.createTextNode(shown);
}

function status(text) {
  $('status').textContent = text;
}

// ---- the network --------------------------------------------------------------------------------------------

/** An actor's name in the language chosen: the English name where the graph has one, else the Italian. */
function nameOf(actor) {
  return $('lang').value === 'en' && actor.english ? actor.english : actor.label;
}

/** A fact's value's name in the language chosen. */
function valueName(row) {
  return $('lang').value === 'en' && val(row, 'valueEnglish') ? val(row, 'valueEnglish') : val(row, 'valueLabel');
}

function filters() {
  return {
    search: $('search').value.trim().toLowerCase(),
    top: Math.max(1, Number($('top').value) || 40),
    from: $('from').value, to: $('to').value,
    types: [...document.querySelectorAll('#types input:checked')].map(i => i.value),
    publisher: $('publisher').value,
    contested: $('contested').checked,
  };
}

/** The filters as the VALUES the network queries take (top.rq says what each means); an unset filter stays UNDEF. */
function filterBindings(f) {
  const b = { eventType: f.types.map(t => iri(ONTOLOGY + t)) };
  if (f.contested) b.contested = [{ type: 'boolean', value: true }];
  if (f.publisher) b.publisher = [literal(f.publisher)];
  if (f.from) b.after = [literal(f.from)];
  if (f.to) b.before = [literal(f.to)];
  return b;
}

function inRange(date, from, to) {
  return (!from || date >= from.substring(0, date.length)) && (!to || date <= to.substring(0, date.length));
}

/** Remembers what an answer says about actors: names, type and number of articles. */
function learnActors(rows, prefix, key) {
  for (const r of rows) {
    const id = val(r, key);
    if (!id || !val(r, prefix ? prefix + 'Label' : 'label')) continue;
    const field = name => val(r, prefix ? prefix + name[0].toUpperCase() + name.substring(1) : name);
    state.actors.set(id, { id, label: field('label'), english: field('english'), type: field('type'),
      articles: Number(field('articles') || 0) });
  }
}

/**
 * The picture: the top actors by number of articles among those a kept tie touches (or, with a search, the actors
 * named and those their kept ties reach), then the kept ties among them, all read in the summary graph.
 */
async function draw() {
  const drawing = ++state.drawing;
  const f = filters();
  const bindings = filterBindings(f);
  status('loading…');
  let shown;
  if (f.search) {
    const found = await source.select('search', { ...bindings, text: [literal(f.search)] });
    shown = found.rows.map(r => val(r, 'actor'));
  } else {
    const top = await source.select('top', bindings, f.top);
    learnActors(top.rows, '', 'actor');
    shown = top.rows.map(r => val(r, 'actor'));
  }
  const ties = shown.length
    ? await source.select('network', { ...bindings, from: shown.map(iri), to: shown.map(iri) })
    : { rows: [] };
  if (drawing !== state.drawing) return;
  if (!state.timings.answers) state.timings.answers = performance.now();
  learnActors(ties.rows, 'from', 'from');
  learnActors(ties.rows, 'to', 'to');
  state.edges = new Map(ties.rows.map(r => [val(r, 'tie'), {
    id: val(r, 'tie'), type: val(r, 'type'), eventType: val(r, 'eventType'), from: val(r, 'from'), to: val(r, 'to'),
    events: Number(val(r, 'events')), articles: Number(val(r, 'articles')), status: val(r, 'status') || 'reported',
    contested: val(r, 'contested') === 'true', firstDate: val(r, 'firstDate'), lastDate: val(r, 'lastDate'),
  }]));
  const pairs = new Map();
  const edgeItems = [...state.edges.values()].map(edge => {
    const pair = [edge.from, edge.to].sort().join(' ');
    const index = pairs.get(pair) || 0;
    pairs.set(pair, index + 1);
    const dates = edge.firstDate ? ', ' + (edge.firstDate === edge.lastDate ? edge.firstDate : edge.firstDate + ' – ' + edge.lastDate) : '';
    return {
      id: edge.id, from: edge.from, to: edge.to,
      arrows: edge.type === 'Visit' || edge.type === 'MilitarySupport' ? 'to' : '',
      color: { color: TYPE_COLOURS[edge.type], highlight: '#000' },
      width: 1 + Math.min(edge.events, 6), dashes: DASHES[edge.status],
      shadow: edge.contested ? { enabled: true, color: '#d50000', size: 12, x: 0, y: 0 } : false,
      smooth: index === 0 ? false : { type: index % 2 ? 'curvedCW' : 'curvedCCW', roundness: 0.15 * Math.ceil(index / 2) },
      title: edge.type + ', ' + edge.events + ' event(s) in ' + edge.articles + ' article(s), ' + edge.status
        + (edge.contested ? ', contested' : '') + dates,
    };
  });
  const nodeItems = shown.filter(id => state.actors.has(id)).map(id => state.actors.get(id)).map(a => ({
    id: a.id, label: nameOf(a), value: a.articles, ...(NODE_STYLES[a.type] || NODE_STYLES.Place),
    title: nameOf(a) + ' (' + a.type + ', ' + a.articles + ' article(s))',
  }));
  state.nodes.clear();
  state.edgeSet.clear();
  state.nodes.add(nodeItems);
  state.edgeSet.add(edgeItems);
  state.network.setOptions({ physics: { enabled: true } });
  state.network.stabilize(300);
  if (!nodeItems.length) picture();
  const events = [...state.edges.values()].reduce((n, e) => n + e.events, 0);
  status(nodeItems.length + ' actors, ' + edgeItems.length + ' ties, ' + events + ' events');
}

/** Names the nodes again in the language chosen, without asking the server. */
function relabel() {
  state.nodes.update(state.nodes.getIds().filter(id => state.actors.has(id)).map(id => {
    const a = state.actors.get(id);
    return { id, label: nameOf(a), title: nameOf(a) + ' (' + a.type + ', ' + a.articles + ' article(s))' };
  }));
}

function picture() {
  if (!state.drawn) state.timings.firstPicture = performance.now();
  state.drawn = true;
}

function legend() {
  const items = Object.entries(TYPE_COLOURS).map(([t, c]) => el('span', { style: 'color:' + c }, '━ ' + t));
  items.push(el('span', {}, 'solid: claimed or reported · dashed: hedged · dotted: denied · red glow: contested'));
  items.push(el('span', {}, '● person ■ organisation ◆ country ▲ place; size: articles'));
  $('legend').replaceChildren(...items);
}

async function loadPublishers() {
  if (!source.live) return;
  const answer = await source.select('publishers');
  const publishers = answer.rows.map(r => val(r, 'publisher'));
  $('publisher').replaceChildren(el('option', { value: '' }, 'all'), ...publishers.map(p => el('option', { value: p }, p)));
}

async function loadNetwork() {
  state.nodes = new vis.DataSet();
  state.edgeSet = new vis.DataSet();
  state.network = new vis.Network($('network'), { nodes: state.nodes, edges: state.edgeSet }, {
    nodes: { scaling: { min: 10, max: 40, label: { enabled: true, min: 12, max: 20 } }, font: { size: 14 } },
    edges: { selectionWidth: 2, hoverWidth: 1 },
    physics: { solver: 'forceAtlas2Based', stabilization: { iterations: 300 } },
    interaction: { hover: true, tooltipDelay: 150 },
  });
  // the picture stands once the asked-for iterations are done; the physics' own end may come seconds later
  const settled = () => {
    state.network.setOptions({ physics: { enabled: false } });
    picture();
  };
  state.network.on('stabilizationIterationsDone', settled);
  state.network.on('stabilized', settled);
  state.network.on('click', params => {
    if (params.nodes.length) showNode(params.nodes[0]);
    else if (params.edges.length) showEdge(params.edges[0]);
  });
  legend();
  await Promise.all([draw(), loadPublishers()]);
}

// ---- evidence -----------------------------------------------------------------------------------------------

/** Marks the spans in the text: the article's words, with each evidence sentence highlighted. */
function highlighted(text, spans) {
  const sorted = spans.map(s => [s.begin, s.end]).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged = [];
  for (const s of sorted) {
    if (merged.length && s[0] <= merged[merged.length - 1][1]) merged[merged.length - 1][1] = Math.max(merged[merged.length - 1][1], s[1]);
    else merged.push([...s]);
  }
  const out = el('div', { class: 'text' });
  let at = 0;
  for (const [b, e] of merged) {
    out.append(text.substring(at, b), el('mark', {}, text.substring(b, e)));
    at = e;
  }
  out.append(text.substring(at));
  return out;
}

function factsTable(rows) {
  const claimed = rows.filter(r => val(r, 'property') === ONTOLOGY + 'claimedBy');
  const denied = rows.filter(r => val(r, 'property') === ONTOLOGY + 'deniedBy');
  const others = rows.filter(r => !['claimedBy', 'deniedBy', 'evidence', 'mentionedIn']
    .includes(localName(val(r, 'property')).replace('ng:', '')));
  const table = el('table', {}, others.map(r => el('tr', {},
    el('th', {}, localName(val(r, 'property'))), el('td', {}, valueNode(r.value, valueName(r))))));
  const side = el('div', { class: 'facts' },
    el('div', { class: 'claimed' }, el('strong', {}, 'claimed by'), el('br'),
      ...claimed.flatMap(r => [valueNode(r.value, valueName(r)), el('br')])),
    el('div', { class: 'denied' }, el('strong', {}, 'denied by'), el('br'),
      ...denied.flatMap(r => [valueNode(r.value, valueName(r)), el('br')])));
  return el('div', {}, table, claimed.length || denied.length ? side : '');
}

/** The facts about these events, then each article that reports them with its sentences highlighted in its text. */
async function showEvents(title, eventIris, evidence, started) {
  const details = $('details');
  const articleIris = [...new Set(evidence.rows.map(r => val(r, 'article')))];
  const [facts, articles] = await Promise.all([source.select('facts', { event: eventIris.map(iri) }),
    source.select('articles', { article: articleIris.map(iri) })]);
  const blocks = [el('h3', {}, title)];
  for (const e of eventIris) {
    const rows = facts.rows.filter(r => val(r, 'event') === e);
    blocks.push(el('div', { class: 'event' }, el('h4', {}, valueNode(iri(e), localName(e))), factsTable(rows)));
  }
  for (const a of articles.rows) {
    const spans = evidence.rows.filter(r => val(r, 'article') === val(a, 'article'))
      .map(r => ({ begin: Number(val(r, 'begin')), end: Number(val(r, 'end')) }));
    blocks.push(el('div', { class: 'article', 'data-article': val(a, 'article') },
      el('h4', {}, val(a, 'headline') || val(a, 'source')),
      el('div', { class: 'meta' }, [val(a, 'publisher'), val(a, 'published'), val(a, 'source')].filter(Boolean).join(' · ')),
      highlighted(val(a, 'text'), spans)));
  }
  details.replaceChildren(...blocks);
  const first = details.querySelector('mark');
  if (first) first.scrollIntoView({ block: 'center' });
  state.timings.evidence = performance.now() - started;
}

/** A tie's events, read in the article graphs with VALUES over its two ends and type, and their sentences. */
async function showEdge(id) {
  const edge = state.edges.get(id);
  if (!edge) return;
  const started = performance.now();
  const name = a => (state.actors.has(a) ? nameOf(state.actors.get(a)) : localName(a));
  const title = name(edge.from) + ' — ' + name(edge.to) + ': ' + edge.type + ' (' + edge.articles + ' article(s), '
    + edge.events + ' event(s), ' + edge.status + (edge.contested ? ', contested' : '') + ')';
  $('details').replaceChildren(el('h3', {}, title), el('p', { class: 'hint' }, 'loading…'));
  const evidence = await source.select('events', { from: [iri(edge.from)], to: [iri(edge.to)], eventType: [iri(edge.eventType)] });
  const events = [...new Set(evidence.rows.map(r => val(r, 'event')))];
  const more = edge.events > events.length ? ' — the first ' + events.length + ' of ' + edge.events + ' events' : '';
  await showEvents(title + more, events, evidence, started);
}

function showNode(iri) {
  location.hash = 'resource=' + encodeURIComponent(iri);
}

/** A resource's page: what the graph says about it, its ties in the network, and evidence where it has some. */
async function showResource(node) {
  const details = $('details');
  const answer = await source.select('resource', { node: [iri(node)] });
  const actor = state.actors.get(node);
  const ties = [...state.edges.values()].filter(e => e.from === node || e.to === node);
  const name = a => (state.actors.has(a) ? nameOf(state.actors.get(a)) : localName(a));
  const blocks = [el('h3', {}, actor ? nameOf(actor) : localName(node)), el('div', { class: 'meta' }, node),
    el('table', {}, answer.rows.filter(r => localName(val(r, 'property')) !== 'isString').map(r => el('tr', {},
      el('th', {}, localName(val(r, 'property'))), el('td', {}, valueNode(r.value, valueName(r))))))];
  if (ties.length) {
    blocks.push(el('h4', {}, 'Ties'), el('ul', {}, ties.map(t => {
      const a = el('a', { href: '#' }, name(t.from) + ' — ' + name(t.to) + ': ' + t.type);
      a.addEventListener('click', ev => { ev.preventDefault(); showEdge(t.id); });
      return el('li', {}, a);
    })));
  }
  details.replaceChildren(...blocks);
  if (answer.rows.some(r => val(r, 'property') === ONTOLOGY + 'evidence')) {
    const evidence = await source.select('evidence', { event: [iri(node)] });
    await showEvents(localName(node), [node], evidence, performance.now());
    details.prepend(...blocks);
  }
}

// ---- the timeline -------------------------------------------------------------------------------------------

async function loadTimeline() {
  const f = filters();
  const typeOf = t => (t === 'signedOn' || t === 'ratifiedOn' || t === 'inForceFrom' ? 'Agreement' : t);
  const wanted = r => f.types.includes(typeOf(val(r, 'type'))) || val(r, 'type') === 'Statement';
  const [dated, undated] = await Promise.all([source.runShipped('timeline'), source.select('undated')]);
  const item = r => el('li', {}, el('span', { class: 'date' }, val(r, 'date') || ''), val(r, 'type') + ': ',
    valueNode(r.node, val(r, 'about') || localName(val(r, 'node'))), el('span', { class: 'meta' }, ' ' + val(r, 'source')));
  $('timeline').replaceChildren(...dated.rows.filter(r => wanted(r) && inRange(val(r, 'date'), f.from, f.to)).map(item));
  $('undated').replaceChildren(...undated.rows.filter(wanted).map(item));
}

// ---- the shipped queries ------------------------------------------------------------------------------------

function csvOf(answer) {
  const cell = s => (/[",\n\r]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s);
  return [answer.vars.map(cell).join(','),
    ...answer.rows.map(r => answer.vars.map(v => cell(val(r, v) || '')).join(','))].join('\r\n') + '\r\n';
}

async function runQuery(name) {
  const out = $('query-result');
  out.replaceChildren(el('p', { class: 'hint' }, 'running ' + name + '…'));
  const answer = await source.runShipped(name);
  const link = el('a', { download: name + '.csv', href: URL.createObjectURL(new Blob([csvOf(answer)], { type: 'text/csv' })) },
    'download CSV');
  const total = reportData && reportData.rows ? reportData.rows['queries/' + name] : answer.rows.length;
  const counted = total > answer.rows.length ? ' (the first ' + answer.rows.length + ' of ' + total + ' rows) ' : ' (' + total + ' rows) ';
  out.replaceChildren(el('h3', {}, name + counted), link,
    el('table', { 'data-query': name }, el('tr', {}, answer.vars.map(v => el('th', {}, v))),
      answer.rows.map(r => el('tr', {}, answer.vars.map(v => el('td', {}, valueNode(r[v])))))));
}

async function loadQueries() {
  const names = await source.queryNames();
  $('query-list').replaceChildren(...names.map(n => {
    const b = el('button', { type: 'button', 'data-query': n }, n);
    b.addEventListener('click', () => runQuery(n).catch(fail));
    return el('li', {}, b);
  }));
}

// ---- pages --------------------------------------------------------------------------------------------------

function fail(e) {
  status('error: ' + e.message);
  console.error(e);
}

function route() {
  const hash = location.hash.substring(1);
  if (hash.startsWith('resource=')) {
    showResource(decodeURIComponent(hash.substring('resource='.length))).catch(fail);
    return;
  }
  const page = ['network', 'timeline', 'queries'].includes(hash) ? hash : 'network';
  for (const p of ['network', 'timeline', 'queries']) {
    $(p + '-page').hidden = p !== page;
    $('tab-' + p).classList.toggle('active', p === page);
  }
  if (page === 'timeline') loadTimeline().catch(fail);
  if (page === 'network' && state.network) state.network.redraw();
}

function start() {
  if (reportData) {
    $('from').value = reportData.from;
    $('to').value = reportData.to;
    for (const id of ['from', 'to', 'publisher']) {
      $(id).disabled = true;
      $(id).title = 'fixed when the report was written';
    }
  }
  const redraw = () => {
    draw().catch(fail);
    if (!$('timeline-page').hidden) loadTimeline().catch(fail);
  };
  ['search', 'top', 'from', 'to', 'publisher', 'contested'].forEach(id => $(id).addEventListener('input', redraw));
  document.querySelectorAll('#types input').forEach(i => i.addEventListener('change', redraw));
  $('lang').addEventListener('change', relabel);
  window.addEventListener('hashchange', route);
  loadNetwork().then(loadQueries).then(route).catch(fail);
}

start();
