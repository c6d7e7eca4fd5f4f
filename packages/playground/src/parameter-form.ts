import type { ParameterField } from './parameter-fields.js';

/**
 * Draws `fields` into `form`, one fieldset per group, each input showing the value in force (with
 * the overrides) and the scenario's own value as a hint. `onChange(field, value)` is called when
 * an input is changed (on blur or Enter, not on every key, so a half-typed number is not checked).
 */
export function drawParameterForm(
  form: HTMLFormElement,
  fields: readonly ParameterField[],
  onChange: (field: ParameterField, value: string) => void,
): void {
  form.replaceChildren();
  const groups = new Map<string, HTMLFieldSetElement>();
  for (const field of fields) {
    let set = groups.get(field.group);
    if (set === undefined) {
      set = document.createElement('fieldset');
      const legend = document.createElement('legend');
      legend.textContent = field.group;
      set.append(legend);
      groups.set(field.group, set);
      form.append(set);
    }
    const label = document.createElement('label');
    const name = document.createElement('span');
    name.textContent = field.label;
    const input = document.createElement('input');
    input.type = field.input;
    input.value = field.current;
    input.dataset.paths = field.paths.join(' ');
    input.name = field.paths[0]!;
    if (field.input === 'number') {
      input.min = '0';
      input.step = 'any';
    }
    const unit = document.createElement('small');
    unit.textContent = field.current === field.base ? field.unit : `${field.unit} (scenario: ${field.base})`;
    input.addEventListener('change', () => onChange(field, input.value));
    label.append(name, input, unit);
    if (field.current !== field.base) label.classList.add('changed');
    set.append(label);
  }
}
