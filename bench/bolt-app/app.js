// The same `/journey next-offer <use case> <stage or funnel state> [persona]` command as JourneyBot,
// written the way a team would on Bolt for JavaScript: the catalog CSV (JourneyBot's import format)
// held in memory, answered in the immediate ack with a Block Kit message of the same shape.
//
//   node bolt-app/app.js --csv catalog.csv --port 3100 [--host 127.0.0.1]
//   env: SLACK_SIGNING_SECRET (required), SLACK_BOT_TOKEN (optional, never used on the wire)
//
// No network calls at start: Bolt is given the bot token together with botId and botUserId, so its
// single-workspace authorize resolves from those instead of calling auth.test (see README.md).
'use strict';

const fs = require('node:fs');
const { App, HTTPReceiver, LogLevel } = require('@slack/bolt');

function arg(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && i + 1 < process.argv.length ? process.argv[i + 1] : fallback;
}

const csvPath = arg('csv', process.env.CATALOG_CSV);
const port = Number(arg('port', process.env.PORT || 3100));
const host = arg('host', '127.0.0.1');
const signingSecret = process.env.SLACK_SIGNING_SECRET;
if (!csvPath || !signingSecret) {
  console.error('usage: SLACK_SIGNING_SECRET=... node bolt-app/app.js --csv <catalog.csv> [--port 3100] [--host 127.0.0.1]');
  process.exit(2);
}

// ---------------------------------------------------------------------------------------------
// Vocabulary: the default catalog's buyer stages, personas and use cases (src/JourneyBot.Core/
// Catalog/Seed/default-catalog.yaml), keys, names and aliases.
// ---------------------------------------------------------------------------------------------
const STAGES = [
  {
    key: 'awareness', name: 'Awareness',
    focus: 'educate them about the problems they face, the business impact of their problems, and the reality that others are successfully solving the same problem',
    aliases: ['inquiry', 'inquiries', 'raw', 'top-funnel', 'top-of-funnel', 'tofu', 'aware'],
  },
  {
    key: 'consideration', name: 'Consideration',
    focus: 'position us as a viable, compelling solution to their specific problem',
    aliases: ['mql', 'mqls', 'mid-funnel', 'middle-funnel', 'middle-of-funnel', 'mofu', 'consider'],
  },
  {
    key: 'decision', name: 'Decision/Purchase',
    focus: 'justify us as their chosen solution, with the key information a buyer needs to make and defend the decision',
    aliases: ['sao', 'saos', 'sql', 'sqls', 'opportunity', 'opportunities', 'bottom-funnel', 'bottom-of-funnel', 'bofu', 'purchase', 'decision-purchase', 'decide'],
  },
];
const PERSONAS = [
  { key: 'executive', name: 'Executive', aliases: ['exec', 'execs', 'executives', 'cxo', 'cio', 'cto', 'ciso', 'vp', 'vps', 'leadership', 'c-level', 'c-suite'] },
  { key: 'manager', name: 'Manager', aliases: ['managers', 'director', 'directors', 'team-lead', 'team-leads', 'mgr', 'mgrs', 'management'] },
  { key: 'contributor', name: 'Individual contributor', aliases: ['contributors', 'individual-contributor', 'individual-contributors', 'ic', 'ics', 'practitioner', 'practitioners', 'developer', 'developers', 'dev', 'devs', 'engineer', 'engineers'] },
];
const USE_CASES = [
  { key: 'vcc', name: 'Version Control & Collaboration', aliases: ['version-control', 'source-control', 'scm', 'code-review', 'version-control-and-collaboration'] },
  { key: 'ci', name: 'Continuous Integration', aliases: ['continuous-integration', 'build-automation', 'pipelines', 'builds'] },
  { key: 'cd', name: 'Continuous Delivery', aliases: ['continuous-delivery', 'continuous-deployment', 'release-automation', 'deployment', 'deployments', 'releases'] },
  { key: 'devsecops', name: 'DevSecOps (shift-left security)', aliases: ['security', 'shift-left', 'appsec', 'sast', 'dast', 'dev-sec-ops', 'shift-left-security'] },
  { key: 'gitops', name: 'GitOps (infrastructure as code)', aliases: ['infrastructure-as-code', 'iac', 'git-ops'] },
  { key: 'agile', name: 'Agile Planning', aliases: ['agile-planning', 'agile-management', 'portfolio-management'] },
  { key: 'simplify-devops', name: 'Simplify DevOps', aliases: ['devops-platform-adoption', 'toolchain-consolidation', 'single-application', 'toolchain'] },
  { key: 'cloud-native', name: 'Cloud Native', aliases: ['kubernetes', 'k8s', 'containers', 'microservices', 'cloudnative'] },
];
const FILLER = new Set(['for', 'at', 'the', 'a', 'an', 'in', 'of', 'to', 'stage', 'prospect', 'prospects', 'persona', 'use-case', 'usecase', 'please', 'what', 'next', 'offer', 'is', 'are']);
const PAGE_SIZE = 5;
const MAX_DESCRIPTION = 240;

function lookup(list) {
  const map = new Map();
  for (const entry of list) {
    map.set(entry.key, entry);
    for (const alias of entry.aliases) map.set(alias, entry);
  }
  return map;
}
const stageByWord = lookup(STAGES);
const personaByWord = lookup(PERSONAS);
const useCaseByWord = lookup(USE_CASES);
const stageIndex = new Map(STAGES.map((s, i) => [s.key, i]));

// ---------------------------------------------------------------------------------------------
// Catalog: the import CSV (title,url,type,stages,personas,use_cases,updated_on,owner,description),
// multi-value cells separated by ';', an empty personas cell = every persona.
// ---------------------------------------------------------------------------------------------
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') { field += '"'; i++; } else quoted = false;
      } else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field); field = '';
      rows.push(row); row = [];
    } else field += c;
  }
  if (field !== '' || row.length > 0) { row.push(field); rows.push(row); }
  return rows.filter((r) => r.length > 1 || r[0] !== '');
}

const split = (cell) => (cell || '').split(';').map((s) => s.trim().toLowerCase()).filter(Boolean);
const canonical = (map, words) => [...new Set(words.map((w) => (map.get(w) || { key: w }).key))];

function loadCatalog(path) {
  const [header, ...rows] = parseCsv(fs.readFileSync(path, 'utf8'));
  const col = Object.fromEntries(header.map((h, i) => [h.trim().toLowerCase(), i]));
  const items = rows.map((r, id) => ({
    id,
    title: r[col.title],
    url: r[col.url],
    type: r[col.type] || null,
    stages: canonical(stageByWord, split(r[col.stages])),
    personas: canonical(personaByWord, split(r[col.personas])),
    useCases: canonical(useCaseByWord, split(r[col.use_cases])),
    updatedOn: r[col.updated_on],
    owner: r[col.owner] || null,
    description: r[col.description] || null,
  }));
  // Freshest first, then by title (case-insensitive), then in file order: JourneyBot's order.
  items.sort((a, b) => (a.updatedOn < b.updatedOn ? 1 : a.updatedOn > b.updatedOn ? -1 : 0)
    || a.title.toLowerCase().localeCompare(b.title.toLowerCase()) || a.id - b.id);
  // One bucket per (use case, stage), like JourneyBot's in-memory snapshot.
  const buckets = new Map();
  for (const item of items) {
    for (const u of item.useCases) {
      for (const s of item.stages) {
        const key = `${u}|${s}`;
        if (!buckets.has(key)) buckets.set(key, []);
        buckets.get(key).push(item);
      }
    }
  }
  return { items, buckets };
}

const started = process.hrtime.bigint();
const catalog = loadCatalog(csvPath);

// ---------------------------------------------------------------------------------------------
// next-offer
// ---------------------------------------------------------------------------------------------
function rank(freshestFirst, persona) {
  if (!persona) return freshestFirst;
  const specific = [];
  const generic = [];
  for (const item of freshestFirst) {
    if (item.personas.length === 0) generic.push(item);
    else if (item.personas.includes(persona)) specific.push(item);
  }
  return specific.concat(generic);
}

const escape = (text) => String(text ?? '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const truncate = (text, max) => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);
function link(url, label) {
  if (!/^https?:\/\//i.test(url || '')) return escape(label);
  return `<${url.replace(/\|/g, '%7C').replace(/</g, '%3C').replace(/>/g, '%3E')}|${escape(label)}>`;
}

function itemSection(item) {
  const facts = [];
  if (item.type) facts.push(escape(item.type));
  facts.push(`stages: ${escape(item.stages.join(', '))}`);
  facts.push(`use cases: ${escape(item.useCases.join(', '))}`);
  facts.push(`for: ${item.personas.length === 0 ? 'every persona' : escape(item.personas.join(', '))}`);
  facts.push(`updated ${item.updatedOn}`);
  if (item.owner) facts.push(`owner: ${escape(item.owner)}`);
  let text = `*${link(item.url, item.title)}*\n${facts.join(' · ')}`;
  if (item.description) text += `\n${escape(truncate(item.description, MAX_DESCRIPTION))}`;
  return { type: 'section', text: { type: 'mrkdwn', text: truncate(text, 3000) } };
}

function notUnderstood(message) {
  return {
    response_type: 'ephemeral',
    text: message,
    blocks: [{ type: 'section', text: { type: 'mrkdwn', text: escape(message) } }],
  };
}

function nextOffer(words, question, offset = 0) {
  let useCase = null;
  let stage = null;
  let persona = null;
  const unknown = [];
  for (const w of words) {
    if (!useCase && useCaseByWord.has(w)) useCase = useCaseByWord.get(w);
    else if (!stage && stageByWord.has(w)) stage = stageByWord.get(w);
    else if (!persona && personaByWord.has(w)) persona = personaByWord.get(w);
    else if (!FILLER.has(w)) unknown.push(w);
  }
  if (unknown.length > 0) return notUnderstood(`I don't know "${unknown.join(' ')}". Usage: /journey next-offer <use case> <stage or funnel state> [persona]`);
  if (!useCase || !stage) return notUnderstood('Usage: /journey next-offer <use case> <stage or funnel state> [persona], e.g. /journey next-offer ci inquiry manager');

  const at = stageIndex.get(stage.key);
  const stayed = at === STAGES.length - 1;
  const next = STAGES[stayed ? at : at + 1];
  const ranked = rank(catalog.buckets.get(`${useCase.key}|${next.key}`) || [], persona && persona.key);
  const page = ranked.slice(offset, offset + PAGE_SIZE);

  let why = stayed
    ? `${stage.name} is the last stage of the buyer journey, so the next offer stays at ${next.name}: ${next.focus}.`
    : `A ${useCase.name} prospect at ${stage.name} moves on to ${next.name}: ${next.focus}.`;
  why += persona
    ? ` Fitted to ${persona.name}: ${persona.name}-specific items first, then items for every persona; freshest first.`
    : ' Freshest first.';

  const subject = [next.name, useCase.name, persona && persona.name].filter(Boolean).join(' · ');
  const title = `Next offer: ${subject}`;
  const blocks = [{ type: 'header', text: { type: 'plain_text', text: truncate(title, 150) } }];
  if (stayed) {
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text: `:checkered_flag: *${escape(next.name)}* is the last stage of the buyer journey, so the next offer stays at ${escape(next.name)}.` } });
  }
  if (ranked.length === 0) {
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text: `:jigsaw: *Nothing in the catalog fits ${escape(subject)} yet.*` } });
    blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: escape(why) }] });
    return { response_type: 'ephemeral', text: escape(`${title}: nothing fits yet (a gap in the journey map)`), blocks };
  }
  for (const item of page) blocks.push(itemSection(item));
  blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: truncate(`${escape(why)} Showing ${offset + 1}–${offset + page.length} of ${ranked.length}.`, 3000) }] });
  if (offset + page.length < ranked.length) {
    const value = JSON.stringify({ Q: question, O: offset + page.length });
    if (value.length <= 2000) {
      blocks.push({ type: 'actions', elements: [{ type: 'button', action_id: 'journey_more', text: { type: 'plain_text', text: 'More' }, value }] });
    }
  }
  return { response_type: 'ephemeral', text: escape(`${title}: ${page.length} of ${ranked.length} items`), blocks };
}

// ---------------------------------------------------------------------------------------------
// Bolt
// ---------------------------------------------------------------------------------------------
const receiver = new HTTPReceiver({
  signingSecret, // signature verification is on (signatureVerification defaults to true)
  endpoints: ['/slack/commands'],
  logLevel: LogLevel.WARN,
});

const app = new App({
  receiver,
  // Single-workspace install: token + botId + botUserId. With both ids given, Bolt's authorize
  // resolves them locally and never calls auth.test (at start or per request).
  token: process.env.SLACK_BOT_TOKEN || 'xoxb-bench',
  botId: 'BBENCH',
  botUserId: 'UBENCHBOT',
  tokenVerificationEnabled: false,
  // Any accidental Web API call would fail fast instead of leaving the machine.
  clientOptions: { slackApiUrl: 'http://127.0.0.1:9/api/' },
  logLevel: LogLevel.WARN,
});

app.command('/journey', async ({ command, ack }) => {
  const question = (command.text || '').trim();
  const words = question.toLowerCase().split(/\s+/).filter(Boolean);
  const verb = words.shift();
  if (verb !== 'next-offer') {
    await ack(notUnderstood('This benchmark app only answers: /journey next-offer <use case> <stage or funnel state> [persona]'));
    return;
  }
  await ack(nextOffer(words, question));
});

app.error(async (error) => {
  console.error('bolt error:', error);
});

(async () => {
  await app.start({ port, host });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  console.log(`bolt-app: ${catalog.items.length} items from ${csvPath}, listening on http://${host}:${port}/slack/commands (catalog loaded and server up in ${ms.toFixed(0)} ms)`);
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
