// The three consumers of the round trip, written as a developer of a centre's site would write
// them, in a scratch folder outside the workspace:
//   (a) a plain HTML page with the CDN files taken from the published tarballs;
//   (b) a Vite + TypeScript (vanilla) app that installs @quartiers-douai/quiz, typed usage checked by tsc;
//   (c) a React 19 app rendering <qd-quiz> with a property (`content`) and an event listener.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export const VERSIONS = {
  vite: '7.3.8',
  typescript: '5.9.3',
  react: '19.3.1',
  reactDom: '19.3.1',
  typesReact: '19.3.3',
  typesReactDom: '19.3.0',
};

function write(dir, files) {
  for (const [rel, text] of Object.entries(files)) {
    const file = join(dir, rel);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, typeof text === 'string' ? text : JSON.stringify(text, null, 2) + '\n');
  }
}

/** A small quiz whose first question is known: the apps render it, the test answers it. */
export const QUIZ = {
  version: 1,
  lang: 'fr',
  title: 'Quiz du registre local',
  audience: 'adultes',
  mode: 'training',
  questions: [
    {
      id: 'q1',
      type: 'single',
      prompt: 'Quel mot de passe est le plus solide ?',
      choices: [
        { text: 'Une phrase de passe de quatre mots au hasard', correct: true },
        { text: 'La date de naissance de mon enfant' },
      ],
      explanation: 'Une longue phrase de passe est plus difficile à deviner.',
    },
    {
      id: 'q2',
      type: 'true-false',
      prompt: 'On peut donner son code de carte bancaire par téléphone à sa banque.',
      correct: false,
    },
  ],
};

/** .npmrc of the scratch apps: only @quartiers-douai comes from the local registry. */
export const scopedNpmrc = (registry) => `@quartiers-douai:registry=${registry}\n`;

/** (a) the plain page: `cdn` lists { tag, file, integrity, content, attributes } per prototype. */
export function writeHtmlPage(dir, cdn) {
  const scripts = cdn
    .map(
      (c) =>
        `<script type="module" src="${c.file}" integrity="${c.integrity}" crossorigin="anonymous"></script>`,
    )
    .join('\n');
  const elements = cdn
    .map((c) =>
      c.tag === 'qd-quiz'
        ? `<qd-quiz>\n<script type="application/json">${JSON.stringify(QUIZ).replace(/</g, '\\u003c')}</script>\n</qd-quiz>`
        : `<${c.tag} src="${c.content}"${Object.entries(c.attributes ?? {})
            .map(([k, v]) => ` ${k}="${v}"`)
            .join('')}></${c.tag}>`,
    )
    .join('\n');
  write(dir, {
    'index.html': `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Page HTML simple — fichiers CDN publiés</title>
${scripts}
</head>
<body>
<h1>Page HTML simple</h1>
${elements}
</body>
</html>
`,
  });
}

/** (b) Vite + TypeScript, no framework. */
export function writeViteApp(dir, registry, version) {
  write(dir, {
    '.npmrc': scopedNpmrc(registry),
    'package.json': {
      name: 'centre-vite',
      private: true,
      type: 'module',
      scripts: { build: 'tsc --noEmit && vite build' },
      dependencies: { '@quartiers-douai/quiz': version },
      devDependencies: { typescript: VERSIONS.typescript, vite: VERSIONS.vite },
    },
    'tsconfig.json': {
      compilerOptions: {
        target: 'ES2022',
        module: 'ESNext',
        moduleResolution: 'bundler',
        lib: ['ES2022', 'DOM', 'DOM.Iterable'],
        strict: true,
        noEmit: true,
        skipLibCheck: false,
        types: ['vite/client'],
      },
      include: ['src'],
    },
    'index.html': `<!doctype html>
<html lang="fr">
<head><meta charset="utf-8"><title>Appli Vite</title></head>
<body>
<h1>Appli Vite</h1>
<div id="app"></div>
<p id="log">Réponses :</p>
<script type="module" src="/src/main.ts"></script>
</body>
</html>
`,
    'src/main.ts': `import '@quartiers-douai/quiz/define';
import type { QdQuiz, QuizAnswerDetail, QuizContentInput } from '@quartiers-douai/quiz';
import type { QuizContent } from '@quartiers-douai/quiz/schema';

const content: QuizContentInput = ${JSON.stringify(QUIZ, null, 2)};

// Typed by the package's HTMLElementTagNameMap: a QdQuiz, not a bare HTMLElement.
const quiz = document.createElement('qd-quiz');
const same: QdQuiz = quiz;
same.seed = 'registre';
quiz.content = content;
quiz.addEventListener('qd-answer', (event) => {
  const detail: QuizAnswerDetail = event.detail;
  document.querySelector('#log')!.textContent += \` \${detail.questionId}:\${detail.correct}\`;
});
document.querySelector('#app')!.append(quiz);

// Types are real, not any: these lines must not compile.
export function typeChecks(q: QdQuiz, c: QuizContent): void {
  // @ts-expect-error seed is a string
  q.seed = 42;
  // @ts-expect-error a quiz content has questions, not "items"
  const wrong: QuizContentInput = { version: 1, title: 'x', items: [] };
  void wrong;
  void c.questions[0]?.prompt;
}
`,
  });
}

/** (c) React 19 with <qd-quiz>: `content` set as a property, `onqd-answer` as an event listener. */
export function writeReactApp(dir, registry, version) {
  write(dir, {
    '.npmrc': scopedNpmrc(registry),
    'package.json': {
      name: 'centre-react',
      private: true,
      type: 'module',
      scripts: { build: 'tsc --noEmit && vite build' },
      dependencies: {
        '@quartiers-douai/quiz': version,
        react: VERSIONS.react,
        'react-dom': VERSIONS.reactDom,
      },
      devDependencies: {
        '@types/react': VERSIONS.typesReact,
        '@types/react-dom': VERSIONS.typesReactDom,
        typescript: VERSIONS.typescript,
        vite: VERSIONS.vite,
      },
    },
    'tsconfig.json': {
      compilerOptions: {
        target: 'ES2022',
        module: 'ESNext',
        moduleResolution: 'bundler',
        lib: ['ES2022', 'DOM', 'DOM.Iterable'],
        jsx: 'react-jsx',
        strict: true,
        noEmit: true,
        types: ['vite/client'],
      },
      include: ['src'],
    },
    // No React plugin needed: Vite's esbuild compiles JSX with the automatic runtime.
    'vite.config.ts': `import { defineConfig } from 'vite';
export default defineConfig({ esbuild: { jsx: 'automatic' } });
`,
    'index.html': `<!doctype html>
<html lang="fr">
<head><meta charset="utf-8"><title>Appli React</title></head>
<body>
<div id="root"></div>
<script type="module" src="/src/main.tsx"></script>
</body>
</html>
`,
    'src/qd-quiz.d.ts': `import type { QdQuiz, QuizAnswerDetail, QuizContentInput } from '@quartiers-douai/quiz';
import type { DetailedHTMLProps, HTMLAttributes } from 'react';

// React 19 sets props that exist on the element as properties, and "on<event>" props as listeners.
declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      // HTMLAttributes has its own "content" (a string, for <meta>): replaced by the quiz's.
      'qd-quiz': Omit<DetailedHTMLProps<HTMLAttributes<QdQuiz>, QdQuiz>, 'content'> & {
        content?: QuizContentInput;
        seed?: string;
        'onqd-answer'?: (event: CustomEvent<QuizAnswerDetail>) => void;
      };
    }
  }
}
`,
    'src/main.tsx': `import '@quartiers-douai/quiz/define';
import type { QuizContentInput } from '@quartiers-douai/quiz';
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';

const content: QuizContentInput = ${JSON.stringify(QUIZ, null, 2)};

function App() {
  const [answers, setAnswers] = useState<string[]>([]);
  return (
    <main>
      <h1>Appli React</h1>
      <qd-quiz content={content} seed="registre" onqd-answer={(e) => setAnswers((a) => [...a, \`\${e.detail.questionId}:\${e.detail.correct}\`])} />
      <p id="log">Réponses : {answers.join(' ')}</p>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
`,
  });
}
