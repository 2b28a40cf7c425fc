/**
 * Writes `.github/ISSUE_TEMPLATE/<form>.yml` for every request form of src/domain/requests/forms.ts:
 * `npx node scripts/write-request-forms.ts` after changing a form (a unit test checks they match).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REQUEST_FORMS, formYaml } from '../src/domain/requests/forms.ts';

const dir = join(import.meta.dirname, '..', '.github', 'ISSUE_TEMPLATE');
mkdirSync(dir, { recursive: true });
for (const form of REQUEST_FORMS) writeFileSync(join(dir, form.file), formYaml(form));
console.log(`Wrote ${REQUEST_FORMS.length} issue forms to .github/ISSUE_TEMPLATE/.`);
