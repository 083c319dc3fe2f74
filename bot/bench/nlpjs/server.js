// NLP.js trained on the Talent Bridge knowledge base: every article's example questions (en, sv,
// da) as that article's intent, its answer per language as the reply, and the out-of-scope
// phrases as an intent of their own that answers "I don't know". It speaks the web chat's JSON on
// POST /api/chat, so the benchmark drives it with the same requests as the bot.
// Usage: node server.js <knowledge-base dir> <port>
'use strict';
const fs = require('fs');
const path = require('path');
const http = require('http');
const { NlpManager } = require('node-nlp');

const base = process.argv[2];
const port = Number(process.argv[3] || 8091);
const LANGUAGES = ['en', 'sv', 'da'];
const UNKNOWN = {
  en: "Sorry, I don't know the answer to that.",
  sv: 'Tyvärr vet jag inte svaret på det.',
  da: 'Desværre kender jeg ikke svaret på det.',
};

function article(file) {
  const text = fs.readFileSync(file, 'utf8');
  const parts = text.split(/^---$/m);
  const front = parts[1].split('\n');
  const body = parts.slice(2).join('---');
  const id = (front.find((l) => l.startsWith('id:')) || '').slice(3).trim();
  const questions = {};
  let inQuestions = false;
  let language = null;
  for (const line of front) {
    if (/^\S/.test(line)) {
      inQuestions = line.startsWith('questions:');
      continue;
    }
    const head = line.match(/^  (en|sv|da):\s*$/);
    if (inQuestions && head) {
      language = head[1];
      questions[language] = [];
    }
    const item = line.match(/^    - (.*)$/);
    if (inQuestions && language && item) {
      questions[language].push(item[1].trim());
    }
  }
  const answers = {};
  for (const section of body.split(/^## /m).slice(1)) {
    const m = section.match(/^(en|sv|da): ([^\n]*)\n([\s\S]*)$/);
    if (m) {
      answers[m[1]] = m[2] + '\n' + m[3].trim();
    }
  }
  return { id, questions, answers };
}

async function main() {
  const manager = new NlpManager({ languages: LANGUAGES, forceNER: false, nlu: { log: false }, autoSave: false });
  const articles = fs.readdirSync(path.join(base, 'articles')).filter((f) => f.endsWith('.md'))
    .map((f) => article(path.join(base, 'articles', f)));
  let examples = 0;
  for (const a of articles) {
    for (const language of LANGUAGES) {
      for (const q of a.questions[language] || []) {
        manager.addDocument(language, q, a.id);
        examples++;
      }
      manager.addAnswer(language, a.id, a.answers[language] || a.answers.en || a.id);
    }
  }
  for (const language of LANGUAGES) {
    const file = path.join(base, 'out-of-scope', language + '.txt');
    if (!fs.existsSync(file)) continue;
    for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
      const phrase = line.trim();
      if (phrase && !phrase.startsWith('#')) {
        manager.addDocument(language, phrase, 'out-of-scope');
        examples++;
      }
    }
  }
  const started = Date.now();
  await manager.train();
  console.log(`NLP.js ${require('node-nlp/package.json').version}: ${articles.length} articles, ${examples} examples, trained in ${Date.now() - started} ms`);

  const server = http.createServer((req, res) => {
    if (req.method === 'GET' && req.url === '/health') {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end('{"status":"UP"}');
      return;
    }
    if (req.method !== 'POST' || req.url !== '/api/chat') {
      res.writeHead(404);
      res.end();
      return;
    }
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', async () => {
      try {
        const { text } = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        // No locale given: NLP.js guesses it among the three it was trained on, as the bot detects it.
        const result = await manager.process(text);
        const language = LANGUAGES.includes(result.locale) ? result.locale : 'en';
        const known = result.intent !== 'None' && result.intent !== 'out-of-scope' && result.answer;
        const body = {
          language,
          replies: [{ text: known ? result.answer : UNKNOWN[language], buttons: [], attachment: null }],
          answer: known ? { articleId: result.intent, score: result.score } : null,
        };
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify(body));
      } catch (e) {
        res.writeHead(400, { 'Content-Type': 'application/json' });
        res.end('{"error":"bad request"}');
      }
    });
  });
  server.keepAliveTimeout = 60000;
  server.listen(port, '127.0.0.1', () => console.log(`listening on 127.0.0.1:${port}`));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
