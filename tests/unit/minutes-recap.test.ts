import { describe, expect, it } from 'vitest';
import { minutesRecap } from '../../src/domain/minutes-recap.ts';

describe('minutesRecap', () => {
  it('takes the first lines whole and the "Action:" lines apart', () => {
    const recap = minutesRecap(`Present: Alice, Bruno.

- **SR$_{\\text{LLM}}$** (Alice). The taxonomy is the real contribution;
  the recipe is standard.
- **DRO** (Bruno). A negative result first.
- Pair them again in spring.

Action: Dana looks for a benchmark that measures over-refusal.
`);
    expect(recap.lines).toEqual([
      'Present: Alice, Bruno.',
      '**SR$_{\\text{LLM}}$** (Alice). The taxonomy is the real contribution; the recipe is standard.',
      '**DRO** (Bruno). A negative result first.',
    ]);
    expect(recap.more).toBe(true);
    expect(recap.actions).toEqual(['Dana looks for a benchmark that measures over-refusal.']);
  });

  it('reads action items as list items under an "Actions" heading, and bold or Chinese labels', () => {
    const recap = minutesRecap(`We agreed on the plan.

### Actions

- Li reruns the ablation.
- [ ] Sam checks the questions.

## Other

- **Action:** Maria books the room.
- 待办：王芳整理数据集。
- Not an action.
`);
    expect(recap.actions).toEqual(['Li reruns the ablation.', 'Sam checks the questions.', 'Maria books the room.', '王芳整理数据集。']);
    expect(recap.lines).toEqual(['We agreed on the plan.', 'Not an action.']);
    expect(recap.more).toBe(false);
  });

  it('ignores code blocks, tables and quotes, and a bare "Action:" with nothing after it', () => {
    const recap = minutesRecap('```\nAction: not really\n```\n\n| a | b |\n|---|---|\n\n> quoted\n\nAction:\n\nFine.');
    expect(recap.actions).toEqual([]);
    expect(recap.lines).toEqual(['Action:', 'Fine.']);
  });

  it('is empty for empty minutes', () => {
    expect(minutesRecap('')).toEqual({ lines: [], more: false, actions: [] });
  });
});
