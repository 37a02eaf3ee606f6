// newsgraph's view: the actor network, the timeline and the shipped queries, read through the read-only SPARQL
// endpoint (served by 'newsgraph serve') or from the data a report embeds (written by 'newsgraph report').
'use strict';

const OUR_IDS = 'https://w3id.org/newsgraph/id/';
const ONTOLOGY = 'https://w3id.org/newsgraph/ontology#';
const STATUS_RANK = { reported: 0, claimed: 1, hedged: 2, denied: 3 };
const TYPE_COLOURS = { Meeting: '#1e88e5', Visit: '#43a047', Agreement: '#8e24aa', MilitarySupport: '#e53935' };
const NODE_STYLES = {
  Person: { shape: 'dot', color: '#ffb74d' },
  Organization: { shape: 'square', color: '#4db6ac' },
  Country: { shape: 'diamond', color: '#7986cb' },
  Place: { shape: 'triangle', color: '#a1887f' },
};
const DASHES = { reported: false, claimed: false, hedged: [8, 5], denied: [2, 5] };
// The variable each view query's "VALUES ?x { UNDEF }" binds, which the view fills in.
const VALUES_VARIABLE = { evidence: 'event', articles: 'article', facts: 'event', resource: 'node' };

const $ = id => document.getElementById(id);
const embedded = document.getElementById('newsgraph-data');
const reportData = embedded ? JSON.parse(embedded.textContent) : null;
const source = reportData ? reportSource(reportData) : serverSource();
// timings: milliseconds to the first picture (from the page's start) and for the last evidence shown (from the click)
const state = { rows: [], events: new Map(), edges: new Map(), network: null, nodes: null, edgeSet: null, timings: {} };
window.newsgraphView = state;

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
  return {
    async select(name, values) {
      let query = await text(name + '.rq');
      if (values) {
        const iris = values.filter(v => /^[^<>"{}|^`\\\s]+$/.test(v)).map(v => '<' + v + '>');
        query = query.replace('{ UNDEF }', '{ ' + (iris.length ? iris.join(' ') : '<urn:x-none>') + ' }');
      }
      return run(query);
    },
    async queryNames() {
      return (await text('queries/index.txt')).split('\n').map(s => s.trim()).filter(Boolean);
    },
    runShipped: async name => run(await text('queries/' + name + '.rq')),
  };
}

/** A report's data: every answer computed when the report was written, the view's choices made by filtering rows. */
function reportSource(data) {
  const answerOf = key => {
    const a = data.results[key];
    return a ? { vars: a.head.vars, rows: a.results.bindings } : { vars: [], rows: [] };
  };
  return {
    async select(name, values) {
      const key = name === 'resource' ? 'facts' : name;
      const answer = answerOf(key);
      if (!values) return answer;
      const variable = key === 'facts' ? 'event' : VALUES_VARIABLE[key];
      const wanted = new Set(values);
      return { vars: answer.vars, rows: answer.rows.filter(r => r[variable] && wanted.has(r[variable].value)) };
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

/** One entry per event and pair of actors, whatever the number of rows (dates, articles) it came in. */
function collectEvents(rows) {
  const events = new Map();
  for (const r of rows) {
    const key = val(r, 'event') + ' ' + val(r, 'from') + ' ' + val(r, 'to');
    let e = events.get(key);
    if (!e) {
      e = {
        event: val(r, 'event'), type: val(r, 'type'), from: val(r, 'from'), to: val(r, 'to'),
        dates: new Set(), status: 'reported', contested: false, articles: new Set(), publishers: new Set(),
      };
      events.set(key, e);
    }
    if (val(r, 'date')) e.dates.add(val(r, 'date'));
    if (STATUS_RANK[val(r, 'status')] > STATUS_RANK[e.status]) e.status = val(r, 'status');
    e.contested = e.contested || val(r, 'contested') === 'true';
    e.articles.add(val(r, 'article'));
    if (val(r, 'publisher')) e.publishers.add(val(r, 'publisher'));
  }
  return events;
}

function collectActors(rows) {
  const actors = new Map();
  const articles = new Map();
  for (const r of rows) {
    for (const end of ['from', 'to']) {
      const iri = val(r, end);
      if (!actors.has(iri)) {
        actors.set(iri, { id: iri, label: val(r, end + 'Label'), type: val(r, end + 'Type'),
          articles: val(r, end + 'Articles') ? Number(val(r, end + 'Articles')) : 0 });
        articles.set(iri, new Set());
      }
      articles.get(iri).add(val(r, 'article'));
    }
  }
  for (const a of actors.values()) a.articles = Math.max(a.articles, articles.get(a.id).size);
  return actors;
}

function inRange(date, from, to) {
  return (!from || date >= from.substring(0, date.length)) && (!to || date <= to.substring(0, date.length));
}

function filters() {
  return {
    search: $('search').value.trim().toLowerCase(),
    top: Math.max(1, Number($('top').value) || 40),
    from: $('from').value, to: $('to').value,
    types: new Set([...document.querySelectorAll('#types input:checked')].map(i => i.value)),
    publisher: $('publisher').value,
    contested: $('contested').checked,
  };
}

function keep(e, f) {
  if (!f.types.has(e.type)) return false;
  if (f.contested && !e.contested) return false;
  if (f.publisher && !e.publishers.has(f.publisher)) return false;
  if (f.from || f.to) return [...e.dates].some(d => inRange(d, f.from, f.to));
  return true;
}

/** The picture: the top actors by number of articles (and any actor the search names, with its neighbours), the ties among them. */
function draw() {
  const f = filters();
  const events = [...state.events.values()].filter(e => keep(e, f));
  const degree = new Map();
  events.forEach(e => [e.from, e.to].forEach(a => degree.set(a, true)));
  const ranked = [...degree.keys()].map(a => state.actors.get(a))
    .sort((a, b) => b.articles - a.articles || a.label.localeCompare(b.label));
  const shown = new Set(ranked.slice(0, f.top).map(a => a.id));
  if (f.search) {
    const found = ranked.filter(a => a.label.toLowerCase().includes(f.search)).map(a => a.id);
    shown.clear();
    found.forEach(a => shown.add(a));
    events.filter(e => found.includes(e.from) || found.includes(e.to)).forEach(e => { shown.add(e.from); shown.add(e.to); });
  }
  state.edges = new Map();
  for (const e of events) {
    if (!shown.has(e.from) || !shown.has(e.to)) continue;
    const key = e.type + ' ' + e.from + ' ' + e.to;
    if (!state.edges.has(key)) state.edges.set(key, { id: key, type: e.type, from: e.from, to: e.to, events: [] });
    state.edges.get(key).events.push(e);
  }
  const pairs = new Map();
  const edgeItems = [...state.edges.values()].map(edge => {
    const pair = [edge.from, edge.to].sort().join(' ');
    const index = pairs.get(pair) || 0;
    pairs.set(pair, index + 1);
    const worst = edge.events.reduce((s, e) => (STATUS_RANK[e.status] > STATUS_RANK[s] ? e.status : s), 'reported');
    const contested = edge.events.some(e => e.contested);
    return {
      id: edge.id, from: edge.from, to: edge.to,
      arrows: edge.type === 'Visit' || edge.type === 'MilitarySupport' ? 'to' : '',
      color: { color: TYPE_COLOURS[edge.type], highlight: '#000' },
      width: 1 + Math.min(edge.events.length, 6), dashes: DASHES[worst],
      shadow: contested ? { enabled: true, color: '#d50000', size: 12, x: 0, y: 0 } : false,
      smooth: index === 0 ? false : { type: index % 2 ? 'curvedCW' : 'curvedCCW', roundness: 0.15 * Math.ceil(index / 2) },
      title: edge.type + ', ' + edge.events.length + ' report(s), ' + worst + (contested ? ', contested' : ''),
    };
  });
  const nodeItems = [...shown].map(id => state.actors.get(id)).map(a => ({
    id: a.id, label: a.label, value: a.articles, ...(NODE_STYLES[a.type] || NODE_STYLES.Place),
    title: a.label + ' (' + a.type + ', ' + a.articles + ' article(s))',
  }));
  state.nodes.clear();
  state.edgeSet.clear();
  state.nodes.add(nodeItems);
  state.edgeSet.add(edgeItems);
  state.network.setOptions({ physics: { enabled: true } });
  state.network.stabilize(300);
  status(nodeItems.length + ' actors, ' + edgeItems.length + ' ties, ' + events.length + ' events');
}

function legend() {
  const items = Object.entries(TYPE_COLOURS).map(([t, c]) => el('span', { style: 'color:' + c }, '━ ' + t));
  items.push(el('span', {}, 'solid: claimed or reported · dashed: hedged · dotted: denied · red glow: contested'));
  items.push(el('span', {}, '● person ■ organisation ◆ country ▲ place; size: articles'));
  $('legend').replaceChildren(...items);
}

async function loadNetwork() {
  status('loading…');
  const answer = await source.select('network');
  state.rows = answer.rows;
  state.events = collectEvents(answer.rows);
  state.actors = collectActors(answer.rows);
  const publishers = [...new Set([...state.events.values()].flatMap(e => [...e.publishers]))].sort();
  $('publisher').replaceChildren(el('option', { value: '' }, 'all'), ...publishers.map(p => el('option', { value: p }, p)));
  state.nodes = new vis.DataSet();
  state.edgeSet = new vis.DataSet();
  state.network = new vis.Network($('network'), { nodes: state.nodes, edges: state.edgeSet }, {
    nodes: { scaling: { min: 10, max: 40, label: { enabled: true, min: 12, max: 20 } }, font: { size: 14 } },
    edges: { selectionWidth: 2, hoverWidth: 1 },
    physics: { solver: 'forceAtlas2Based', stabilization: { iterations: 300 } },
    interaction: { hover: true, tooltipDelay: 150 },
  });
  state.network.on('stabilized', () => {
    state.network.setOptions({ physics: { enabled: false } });
    if (!state.drawn) state.timings.firstPicture = performance.now();
    state.drawn = true;
  });
  state.network.on('click', params => {
    if (params.nodes.length) showNode(params.nodes[0]);
    else if (params.edges.length) showEdge(params.edges[0]);
  });
  legend();
  draw();
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
    el('th', {}, localName(val(r, 'property'))), el('td', {}, valueNode(r.value, val(r, 'valueLabel'))))));
  const side = el('div', { class: 'facts' },
    el('div', { class: 'claimed' }, el('strong', {}, 'claimed by'), el('br'),
      ...claimed.flatMap(r => [valueNode(r.value, val(r, 'valueLabel')), el('br')])),
    el('div', { class: 'denied' }, el('strong', {}, 'denied by'), el('br'),
      ...denied.flatMap(r => [valueNode(r.value, val(r, 'valueLabel')), el('br')])));
  return el('div', {}, table, claimed.length || denied.length ? side : '');
}

/** The facts about these events, then each article that reports them with its sentences highlighted in its text. */
async function showEvents(title, eventIris) {
  const started = performance.now();
  const details = $('details');
  details.replaceChildren(el('h3', {}, title), el('p', { class: 'hint' }, 'loading…'));
  const [facts, evidence] = await Promise.all([source.select('facts', eventIris), source.select('evidence', eventIris)]);
  const articleIris = [...new Set(evidence.rows.map(r => val(r, 'article')))];
  const articles = await source.select('articles', articleIris);
  const blocks = [el('h3', {}, title)];
  for (const iri of eventIris) {
    const rows = facts.rows.filter(r => val(r, 'event') === iri);
    const e = [...state.events.values()].find(x => x.event === iri);
    blocks.push(el('div', { class: 'event' },
      el('h4', {}, valueNode({ type: 'uri', value: iri }, localName(iri)),
        e ? el('span', { class: e.status }, ' · ' + e.status + (e.contested ? ' · contested' : '')) : ''),
      factsTable(rows)));
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

function showEdge(id) {
  const edge = state.edges.get(id);
  if (!edge) return;
  const name = iri => state.actors.get(iri).label;
  const events = edge.events.map(e => e.event);
  showEvents(name(edge.from) + ' — ' + name(edge.to) + ': ' + edge.type + ' (' + new Set(edge.events.flatMap(e => [...e.articles])).size
    + ' article(s))', [...new Set(events)]);
}

function showNode(iri) {
  location.hash = 'resource=' + encodeURIComponent(iri);
}

/** A resource's page: what the graph says about it, its ties in the network, and evidence where it has some. */
async function showResource(iri) {
  const details = $('details');
  const answer = await source.select('resource', [iri]);
  const actor = state.actors && state.actors.get(iri);
  const ties = [...state.edges.values()].filter(e => e.from === iri || e.to === iri);
  const blocks = [el('h3', {}, actor ? actor.label : localName(iri)), el('div', { class: 'meta' }, iri),
    el('table', {}, answer.rows.filter(r => localName(val(r, 'property')) !== 'isString').map(r => el('tr', {},
      el('th', {}, localName(val(r, 'property'))), el('td', {}, valueNode(r.value, val(r, 'valueLabel'))))))];
  if (ties.length) {
    blocks.push(el('h4', {}, 'Ties'), el('ul', {}, ties.map(t => {
      const a = el('a', { href: '#' }, state.actors.get(t.from).label + ' — ' + state.actors.get(t.to).label + ': ' + t.type);
      a.addEventListener('click', ev => { ev.preventDefault(); showEdge(t.id); });
      return el('li', {}, a);
    })));
  }
  details.replaceChildren(...blocks);
  if (answer.rows.some(r => val(r, 'property') === ONTOLOGY + 'evidence')) {
    await showEvents(localName(iri), [iri]);
    details.prepend(...blocks);
  }
}

// ---- the timeline -------------------------------------------------------------------------------------------

async function loadTimeline() {
  const f = filters();
  const typeOf = t => (t === 'signedOn' || t === 'ratifiedOn' || t === 'inForceFrom' ? 'Agreement' : t);
  const wanted = r => f.types.has(typeOf(val(r, 'type'))) || val(r, 'type') === 'Statement';
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
  out.replaceChildren(el('h3', {}, name + ' (' + answer.rows.length + ' rows) '), link,
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
  }
  ['search', 'top', 'from', 'to', 'publisher', 'contested'].forEach(id => $(id).addEventListener('input', () => {
    draw();
    if (!$('timeline-page').hidden) loadTimeline().catch(fail);
  }));
  document.querySelectorAll('#types input').forEach(i => i.addEventListener('change', draw));
  window.addEventListener('hashchange', route);
  loadNetwork().then(loadQueries).then(route).catch(fail);
}

start();
