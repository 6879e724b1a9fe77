import rule from '../../src/rules/frontmatter-schema.js';
import { runRuleTests } from '../helpers/rule-tester.js';

const custom = {
  required: ['title', 'date'],
  fields: {
    status: { enum: ['draft', 'final'] },
    pages: { min: 1 },
    reviewed: 'boolean',
    budget: 'number',
    source: 'url',
    published: 'date',
    owners: 'list',
    lang: { enum: ['nl'] },
  },
};

runRuleTests(rule, {
  valid: [
    // No front matter, and nothing required.
    'The plan costs € 5 bn.',
    // The built-in schema's fields, right.
    '---\ntitle: "Chips Act: the first year"\ndate: 2025-05-14\nlang: en\nimpact: 3\naudience: [ministers, MEPs]\nurl: https://example.org/briefs/chips\ntags: [chips, industry]\n---\n\nThe plan costs € 5 bn.',
    { code: '---\ntitle: Begroting 2025\nlang: nl\n---\n\nDe regeling kost € 1,5 miljard.', locale: 'nl' },
    { code: '---\ntitel: Haushalt\nlang: de-DE\n---\n\nDas Programm kostet 1,5 Mrd. Euro.', locale: 'de' },
    { code: "---\ntitle: Budget\nlocale: fr-BE\n---\n\nLe programme coûte 1,5 milliard d'euros.", locale: 'fr' },
    // Locales as the Brief reads them: a region, an underscore, any case.
    '---\nlang: en-US\n---\nText.',
    '---\nlang: en_GB\n---\nText.',
    '---\nlocale: NL-be\n---\nText.',
    // Dates as YAML timestamps, Jekyll and Hugo write them (all from the corpus).
    '---\ndate: 2016-05-03 10:00:00 -0400\n---\nText.',
    '---\ndate: 2016-03-10 14:45:00 -5\n---\nText.',
    "---\ndate: '2018-03-26 09:00:00 -0400'\n---\nText.",
    '---\ndate: 2022-10-06T12:00:00.000Z\n---\nText.',
    '---\ndate: 2020-02-29\n---\nText.',
    '---\ndate: 2025-05-14T10:00\n---\nText.',
    // One-digit months, as YAML timestamps allow (Aave's AIPs: "created: 2023-5-27").
    { code: '---\ncreated: 2023-5-27\n---\nText.', options: { fields: { created: 'date' } } },
    '{\n  "title": "Jahresbericht 2019",\n  "date": "2020-04-15T13:37:00+02:00",\n  "authors": [ "baltpeter", "zner0l" ]\n}\n\nDer Text.',
    // Ordinary Jekyll and Hugo fields: unknown fields are allowed.
    '---\nlayout: post\nauthors:\n- emileigh\ntags:\n- u.s. digital service\n- events\nexcerpt: "At 18F, we were thrilled."\nimage: /assets/blog/estonia/Estonia2.jpg\nhero: false\n---\nText.',
    '---\nTitle: Gesetz\njurabk: AlbeitrBek\nnavigation: true\neip: 1559\nrequires: 2718, 2930\n---\nText.',
    // Tags as site generators take them: one string, or numbers in the list.
    '---\ntags: budget chips\n---\nText.',
    '---\ntags: [2025, budget]\n---\nText.',
    // Fields the project did not configure are read as Jekyll and Hugo read them: one string is a list of
    // one, numbers in a list are items, an integer may be written as text.
    '---\naudience: Permanent Representations\n---\nText.',
    '---\naudience: [ministers, 2025]\n---\nText.',
    '---\nimpact: "3"\n---\nText.',
    // A number is a title to every site generator.
    '---\ntitle: 1984\n---\nText.',
    // Paths are URLs too (Hugo's url field).
    '---\nurl: /briefs/chips/\n---\nText.',
    '---\nurl: briefs/chips.html\n---\nText.',
    '---\nurl: mailto:press@example.org\n---\nText.',
    // An empty field is an absent one.
    '---\ntitle:\ndate:\ntags:\n---\nText.',
    '---\n---\nText.',
    // 18F's quoted values with later lines at the margin, read as Jekyll reads them.
    '---\ntitle: "67 million more Federal Election Commission records at your\nfingertips"\ndate: 2015-07-15\nexcerpt: "This is the first major update to the API: The records\nare the meat and potatoes of campaign finance."\n---\nText.',
    // Duplicate keys: the last wins, as in Jekyll and Hugo.
    '---\nimpact: 9\nimpact: 4\n---\nText.',
    // TOML is not parsed, so not checked.
    { code: '+++\nimpact = 9\n+++\n\nText.', options: { required: ['title'] } },
    // A project's schema, met.
    {
      code: '---\ntitle: Begroting\ndate: 2025-05-14\nstatus: final\npages: 12\nreviewed: true\nbudget: 1.5\nsource: https://example.org\npublished: 2025-05-01\nowners: [finance]\nlang: nl\n---\nText.',
      options: custom,
    },
  ],
  invalid: [
    {
      code: '---\ntitle: Budget\nimpact: 7\n---\nText.',
      errors: [{ line: 3, column: 9, endColumn: 10, severity: 1, message: 'impact must be an integer from 1 to 5, not 7' }],
    },
    {
      code: '---\nimpact: 2.5\n---\nText.',
      errors: [{ line: 2, column: 9, message: 'impact must be an integer from 1 to 5, not 2.5' }],
    },
    {
      code: '---\ndate: 2025-02-30\n---\nText.',
      errors: [{ line: 2, column: 7, endColumn: 17, message: 'date "2025-02-30" is not a real date' }],
    },
    {
      code: '---\ndate: 2023-02-29 10:00:00\n---\nText.',
      errors: [{ line: 2, column: 7, message: 'date "2023-02-29 10:00:00" is not a real date' }],
    },
    {
      code: '---\ndate: 2025-05-14T25:00:00Z\n---\nText.',
      errors: [{ line: 2, column: 7, message: 'date "2025-05-14T25:00:00Z" is not a real time' }],
    },
    {
      code: '---\ndate: "14 May 2025"\n---\nText.',
      errors: [{ line: 2, column: 7, endColumn: 20, message: 'date must be a date like 2025-05-14, not "14 May 2025"' }],
    },
    {
      code: '---\nlang: es\n---\nText.',
      errors: [{ line: 2, column: 7, message: 'lang must be en, nl, de, fr (a region may follow, as in "nl-BE"), not "es"' }],
    },
    {
      code: '---\nlocale: Dutch\n---\nText.',
      errors: [{ line: 2, column: 9, message: 'locale must be en, nl, de, fr (a region may follow, as in "nl-BE"), not "Dutch"' }],
    },
    {
      name: 'a project that configures audience as a list gets the strict reading, as an error',
      code: '---\naudience: policymakers\n---\nText.',
      options: { fields: { audience: 'list' } },
      errors: [{ line: 2, column: 11, severity: 2, message: 'audience must be a list of strings, not "policymakers"' }],
    },
    {
      name: 'a wrong list item is reported at the item, as a warning in a built-in field',
      code: '---\naudience:\n  - ministers\n  - [a, b]\n---\nText.',
      errors: [{ line: 4, column: 5, endColumn: 11, severity: 1, message: 'audience must be a list of strings, but item 2 is a list' }],
    },
    {
      code: '---\ntags: [budget, {a: 1}]\n---\nText.',
      errors: [{ line: 2, column: 16, message: 'tags must be a list of strings, but item 2 is a mapping' }],
    },
    {
      code: '---\nurl: www.example.org/brief\n---\nText.',
      errors: [{ line: 2, column: 6, message: 'url must be a URL (https://… or a path), not "www.example.org/brief"' }],
    },
    {
      code: '---\nurl: https:/example.org\n---\nText.',
      errors: [{ line: 2, column: 6, message: 'url must be a URL (https://… or a path), not "https:/example.org"' }],
    },
    {
      code: '---\ntitle: [Budget, 2025]\n---\nText.',
      errors: [{ line: 2, column: 8, endColumn: 22, message: 'title must be text, not a list' }],
    },
    {
      name: 'broken YAML at its line, with the parser\'s reason',
      code: '---\ntitle: Budget: the plan\ndate: 2025-05-14\n---\nText.',
      errors: [{ line: 2, column: 1, endColumn: 24, message: /^front matter is not valid YAML: \S/ }],
    },
    {
      name: 'broken JSON front matter',
      code: '{\n  "title": "x",\n  "impact" 2\n}\n\nText.',
      errors: [{ line: 3, column: 1, message: /^front matter is not valid JSON: \S/ }],
    },
    {
      name: 'a JSON field at its value',
      code: '{\n  "title": "x",\n  "impact": 7\n}\n\nText.',
      errors: [{ line: 3, column: 13, endColumn: 14, message: 'impact must be an integer from 1 to 5, not 7' }],
    },
    {
      name: 'front matter that is no mapping',
      code: '---\n- a\n- b\n---\nText.',
      errors: [{ line: 1, column: 1, endColumn: 4, message: 'front matter must be fields ("title: …"), not a list' }],
    },
    {
      name: 'a field given twice: the last counts, and is reported there',
      code: '---\nimpact: 4\nimpact: 9\n---\nText.',
      errors: [{ line: 3, column: 9, message: 'impact must be an integer from 1 to 5, not 9' }],
    },
    {
      name: 'CRLF line ends',
      code: '---\r\ntitle: Budget\r\nimpact: 0\r\n---\r\nText.',
      errors: [{ line: 3, column: 9, message: 'impact must be an integer from 1 to 5, not 0' }],
    },
    {
      name: 'a field after a quoted value with margin lines',
      code: '---\nexcerpt: "The API: the records\nare here."\nimpact: 6\n---\nText.',
      errors: [{ line: 4, column: 9, endColumn: 10, message: 'impact must be an integer from 1 to 5, not 6' }],
    },
    {
      name: 'a project\'s schema: required fields at the opening fence, empty ones at their key',
      code: '---\ndate:\nstatus: Draft\npages: 0\nreviewed: "yes"\nbudget: "1,5"\nsource: example.org\npublished: 2025-13-01\nowners: finance\nlang: en\n---\nText.',
      options: custom,
      errors: [
        { line: 1, column: 1, endColumn: 4, message: 'required field "title" is missing' },
        { line: 2, column: 1, endColumn: 5, message: 'required field "date" is empty' },
        { line: 3, column: 9, message: 'status must be one of "draft", "final", not "Draft"' },
        { line: 4, column: 8, message: 'pages must be an integer of at least 1, not 0' },
        { line: 5, column: 11, message: 'reviewed must be true or false, not "yes"' },
        { line: 6, column: 9, message: 'budget must be a number, not "1,5"' },
        { line: 7, column: 9, message: 'source must be a URL (https://… or a path), not "example.org"' },
        { line: 8, column: 12, message: 'published "2025-13-01" is not a real date' },
        { line: 9, column: 9, message: 'owners must be a list of strings, not "finance"' },
        { line: 10, column: 7, message: 'lang must be one of "nl", not "en"' },
      ],
    },
    {
      name: 'an impossible day in a project\'s date field (Aave AIP-V3-RETROACTIVE-FUNDING)',
      code: '---\ntitle: AIP-V3 retroactive funding\nstatus: Proposed\ncreated: 2022-09-95\n---\nText.',
      options: { fields: { created: 'date' } },
      errors: [{ line: 4, column: 10, endColumn: 20, message: 'created "2022-09-95" is not a real date' }],
    },
    {
      name: 'a required field and no front matter at all',
      code: 'The plan costs € 5 bn.',
      options: { required: ['title'] },
      errors: [{ line: 1, column: 1, endColumn: 1, message: 'required field "title" is missing: the brief has no front matter' }],
    },
    {
      name: 'a required field missing from JSON front matter',
      code: '{\n  "date": "2025-05-14"\n}\n\nText.',
      options: { required: ['title'] },
      errors: [{ line: 1, column: 1, endColumn: 2, message: 'required field "title" is missing' }],
    },
  ],
});
