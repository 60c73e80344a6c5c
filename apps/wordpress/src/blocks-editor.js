/**
 * The kit's blocks in the block editor, with WordPress's own globals (no build step): one block
 * per element of the kit (window.qdKitEditor, printed by includes/blocks.php from
 * assets/elements.json), its settings in the sidebar drawn from the element's manifest, and a
 * live preview: the element itself, from the site's runtime, showing the chosen content. The page
 * is rendered on the server (render.php): `save` stores nothing but the attributes.
 */
(function (wp, data) {
  if (!wp || !data) return;
  const el = wp.element.createElement;
  const { useEffect, useRef, useState } = wp.element;
  const { InspectorControls, useBlockProps } = wp.blockEditor;
  const {
    PanelBody,
    SelectControl,
    TextControl,
    ToggleControl,
    Notice,
    Placeholder,
    ExternalLink,
  } = wp.components;

  /** French names of the settings (a new attribute shows under its own name until named here). */
  const LABELS = {
    lang: 'Langue de l’interface',
    storage: 'Garder la progression',
    'kiosk-timeout': 'Tablette partagée : secondes d’inactivité avant remise à zéro',
    easy: 'Facile à lire (FALC)',
    'read-aloud': 'Boutons « Écouter »',
    kiosk: 'Tablette partagée (mode borne)',
    'keep-ballots': 'Borne : garder les réponses sur la tablette',
    'staff-pin': 'Code de l’équipe (borne)',
    'reset-delay': 'Borne : secondes avant la personne suivante',
    layout: 'Présentation',
    action: 'Adresse de réception des réponses',
    collect: 'Où vont les réponses',
    'results-src': 'Fichier de résultats',
    today: 'Date du jour (AAAA-MM-JJ, pour essayer)',
    seed: 'Tirage fixe (graine)',
    advisor: 'Rempli avec un·e professionnel·le',
    list: 'Affichage en liste',
    local: 'Compter les réponses gardées sur cet appareil',
    'print-answers': 'Version papier : ajouter le corrigé',
    'typing-delay': 'Millisecondes entre deux messages',
    group: 'Séance en groupe (projection)',
    all: 'Toutes les étapes à la fois',
    view: 'Vue',
    centre: 'Centre (filtre)',
    audience: 'Public (filtre)',
    theme: 'Thème (filtre)',
    event: 'Activité montrée (id)',
    template: 'Modèle de CV',
    accent: 'Couleur d’accent (#rrggbb)',
    'public-computer': 'Ordinateur public',
    step: 'Étape montrée',
    mode: 'Parcours proposé d’abord',
    'centre-name': 'Nom du centre',
    'centre-phone': 'Téléphone du centre',
    'centre-email': 'Courriel du centre',
    ages: 'Tranches d’âge cochées (ids séparés par des espaces)',
    id: 'Nom du brouillon sur l’appareil',
    viewer: 'Page qui montre un tutoriel',
  };
  /**
   * French help of the settings (the manifest's descriptions are the developers', in English:
   * they are not shown).
   */
  const HELP = {
    lang: 'Français, anglais ou arabe (de droite à gauche). Par défaut : la langue de la page.',
    easy: 'Textes « Facile à lire et à comprendre » quand le contenu en a.',
    'read-aloud': 'Boutons qui lisent le texte à voix haute (voix de l’appareil).',
    storage: 'Rien, le temps de l’onglet, ou sur cet appareil (effaçable en un clic).',
    'kiosk-timeout':
      'Tablette partagée : après ce temps sans activité, un avertissement puis retour au début. 0 = jamais.',
    kiosk: 'Tablette de l’accueil : après chaque personne, tout revient au début pour la suivante.',
    'keep-ballots': 'Les réponses sont aussi gardées sur la tablette, pour l’export de l’équipe.',
    'staff-pin':
      'Code qui ouvre l’espace équipe sur la tablette (une politesse, pas une sécurité).',
    'reset-delay':
      'Secondes d’affichage du remerciement avant la personne suivante (0 = jusqu’au bouton).',
    layout: 'page : toutes les questions sur une page ; steps : une question par écran.',
    action: 'Rempli par le site : les réponses vont dans sa base de données.',
    today: 'Pour essayer un contenu daté : faire comme si on était ce jour-là.',
    seed: 'Même graine, même tirage des questions et des choix (versions imprimées).',
    'print-answers': 'La version imprimée se termine par une page de corrigé.',
    group: 'Grand texte et vote à main levée, pour une séance projetée.',
    'public-computer':
      'Ordinateur en libre-service : le brouillon reste dans l’onglet et s’efface en partant.',
  };
  const CHOICES = [
    { value: '', label: 'Réglage de l’élément' },
    { value: 'true', label: 'Oui' },
    { value: 'false', label: 'Non' },
  ];
  const OPTION_LABELS = {
    '': 'Réglage de l’élément',
    fr: 'Français',
    en: 'English',
    ar: 'العربية',
    none: 'Rien',
    session: 'Le temps de l’onglet',
    local: 'Sur cet appareil',
  };
  const STATUS = {
    draft: 'brouillon',
    pending: 'en attente',
    future: 'planifié',
    private: 'privé',
  };

  /** Loads a runtime entry once (the same files the page loads). */
  const loaded = {};
  const loadEntry = (entry) => (loaded[entry] ??= import(`${data.kitUrl}${entry}.js`));

  /** The sidebar control of one setting. */
  function control(setting, value, set) {
    const label = LABELS[setting.name] ?? setting.name;
    const help = HELP[setting.name];
    const onChange = (v) => set({ [setting.name]: v });
    switch (setting.kind) {
      case 'boolean':
        return el(ToggleControl, { key: setting.name, label, help, checked: !!value, onChange });
      case 'choice':
        return el(SelectControl, {
          key: setting.name,
          label,
          help,
          value: value ?? '',
          options: CHOICES,
          onChange,
        });
      case 'enum':
        return el(SelectControl, {
          key: setting.name,
          label,
          help,
          value: value ?? '',
          options: ['', ...setting.options].map((o) => ({
            value: o,
            label: OPTION_LABELS[o] ?? o,
          })),
          onChange,
        });
      case 'number':
        return el(TextControl, {
          key: setting.name,
          label,
          help,
          type: 'number',
          value: value ?? '',
          onChange: (v) => set({ [setting.name]: v === '' ? undefined : Number(v) }),
        });
      default:
        return el(TextControl, { key: setting.name, label, help, value: value ?? '', onChange });
    }
  }

  /** The element's HTML attributes for the preview (as render.php writes them). */
  function previewAttributes(element, attributes) {
    const out = {};
    for (const s of element.settings) {
      const v = attributes[s.name];
      if (s.kind === 'boolean') {
        if (v) out[s.name] = '';
      } else if (s.kind === 'choice') {
        if (v === 'true') out[s.name] = '';
        else if (v === 'false') out[s.name] = 'false';
      } else if (v !== undefined && v !== '' && v !== null) out[s.name] = String(v);
    }
    return { ...out, ...(data.collect[attributes.content]?.[element.tag] ?? {}) };
  }

  /** The element itself, showing the content (drafts too: read with the editor's rights). */
  function Preview({ element, attributes }) {
    const ref = useRef(null);
    const [problem, setProblem] = useState('');
    const id = attributes.content;
    const attrs = previewAttributes(element, attributes);
    const collects = Object.keys(data.collect[id]?.[element.tag] ?? {}).length > 0;
    const usesResults = 'src' in attrs; // <qd-poll-results>: the site's results file
    useEffect(() => {
      let live = true;
      setProblem('');
      loadEntry(element.entry).catch(() => live && setProblem('Le kit n’a pas pu être chargé.'));
      if (!usesResults)
        wp.apiFetch({ path: `${data.restPath}${id}` }).then(
          (json) => live && ref.current && (ref.current.content = json),
          (error) => live && setProblem(error?.message ?? 'Contenu introuvable.'),
        );
      return () => {
        live = false;
      };
    }, [id, element.tag, usesResults]);
    return el(
      'div',
      { className: 'qd-kit-preview' },
      problem ? el(Notice, { status: 'error', isDismissible: false }, problem) : null,
      collects
        ? el(
            'p',
            { className: 'qd-kit-preview__note' },
            'Aperçu : rien n’est envoyé depuis l’éditeur ; sur la page, les réponses vont dans la base du site.',
          )
        : null,
      // `inert`: a click in the preview never sends a ballot or a vote.
      el(element.tag, { ref, ...attrs, ...(collects ? { inert: '' } : {}) }),
    );
  }

  /** The block's editor: content picker and settings in the sidebar, the preview in the page. */
  function edit(element) {
    return function Edit({ attributes, setAttributes }) {
      const props = useBlockProps();
      const contents = data.contents.filter((c) => c.prototype === element.prototype);
      const options = [
        {
          value: '0',
          label: contents.length ? '— Choisir un contenu —' : '— Aucun contenu de ce type —',
        },
        ...contents.map((c) => ({
          value: String(c.id),
          label: c.title + (STATUS[c.status] ? ` (${STATUS[c.status]})` : ''),
        })),
      ];
      const picker = el(SelectControl, {
        label: 'Contenu',
        help: `Un contenu « ${element.title} » de la bibliothèque « Contenus du kit ».`,
        value: String(attributes.content || 0),
        options,
        onChange: (v) => setAttributes({ content: Number(v) }),
      });
      const chosen = contents.find((c) => c.id === attributes.content);
      const sidebar = el(
        InspectorControls,
        null,
        el(
          PanelBody,
          { title: 'Contenu', initialOpen: true },
          picker,
          el(ExternalLink, { href: data.newUrl }, 'Ajouter un contenu'),
        ),
        el(
          PanelBody,
          { title: 'Réglages', initialOpen: false },
          element.settings.map((s) => control(s, attributes[s.name], setAttributes)),
        ),
      );
      const body = chosen
        ? el(
            'div',
            null,
            chosen.status !== 'publish'
              ? el(
                  Notice,
                  { status: 'warning', isDismissible: false },
                  'Ce contenu n’est pas publié : les visiteurs ne le verront pas tant qu’il ne l’est pas.',
                )
              : null,
            el(Preview, { element, attributes }),
          )
        : el(
            Placeholder,
            {
              icon: 'groups',
              label: `${element.title} — <${element.tag}>`,
              instructions: 'Choisissez le contenu à montrer (bibliothèque « Contenus du kit »).',
            },
            picker,
          );
      return el('div', props, sidebar, body);
    };
  }

  for (const element of data.elements)
    wp.blocks.registerBlockType(element.block, { edit: edit(element), save: () => null });
})(window.wp, window.qdKitEditor);
