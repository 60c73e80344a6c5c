/** Contents the end-to-end tests create (real French text, as a centre would write them). */

/** A short poll: the day of the fête (required), an idea (free text); results after the vote. */
export const pollContent = (id: string) => ({
  version: 1,
  lang: 'fr',
  id,
  title: 'Fête de quartier : quel jour ?',
  results: 'after-vote',
  privacy:
    'Les réponses vont au centre social, sans nom, pour préparer la fête ; elles sont effacées après la fête.',
  questions: [
    {
      id: 'jour',
      type: 'single',
      prompt: 'Quel jour préférez-vous pour la fête ?',
      required: true,
      choices: [
        { id: 'samedi', text: 'Samedi' },
        { id: 'dimanche', text: 'Dimanche' },
      ],
    },
    { id: 'idee', type: 'text', prompt: 'Une idée pour la fête ?' },
  ],
});
