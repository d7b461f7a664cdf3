/**
 * Flattens an OpenAPI 3.1 schema into the rows of a field table for `/docs`: one row per field,
 * nested fields as dotted paths ("identification.employee_id_given", "reasons[].weight").
 */

export interface JsonSchema {
  $ref?: string;
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  description?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  additionalProperties?: JsonSchema | boolean;
  default?: unknown;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  maxItems?: number;
}

export interface FieldRow {
  name: string;
  type: string;
  required: boolean;
  /** Allowed values, bounds and default, as short notes. */
  notes: string[];
  description: string;
}

/** Nesting deeper than this is cut: no schema here goes further, and it guards against cycles. */
const MAX_DEPTH = 5;

/**
 * @example
 * schemaFields({ $ref: '#/components/schemas/ReportInput' }, components)
 * // [{ name: 'number', type: 'string', required: true, … }, { name: 'identification.employee_id_given', … }, …]
 */
export function schemaFields(schema: JsonSchema, components: Record<string, JsonSchema>): FieldRow[] {
  const rows: FieldRow[] = [];
  walk(resolve(schema, components), '', components, rows, 0);
  return rows;
}

function walk(schema: JsonSchema, prefix: string, components: Record<string, JsonSchema>, rows: FieldRow[], depth: number) {
  if (depth > MAX_DEPTH) return;
  const object = objectShape(schema, components);
  if (object?.properties) {
    for (const [name, raw] of Object.entries(object.properties)) {
      const field = resolve(raw, components);
      const path = prefix ? `${prefix}.${name}` : name;
      rows.push({
        name: path,
        type: typeName(field, components),
        required: object.required?.includes(name) ?? false,
        notes: notesOf(field),
        description: field.description ?? raw.description ?? '',
      });
      walk(field, path, components, rows, depth + 1);
    }
    return;
  }
  const items = arrayItems(schema, components);
  if (items) walk(items, `${prefix}[]`, components, rows, depth + 1);
}

function resolve(schema: JsonSchema, components: Record<string, JsonSchema>): JsonSchema {
  if (schema.$ref) {
    const name = schema.$ref.replace('#/components/schemas/', '');
    return { ...(components[name] ?? {}), description: schema.description ?? components[name]?.description };
  }
  // A nullable reference is written anyOf [ref, null].
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives) {
    const nonNull = alternatives.filter((s) => s.type !== 'null');
    if (nonNull.length === 1) {
      const inner = resolve(nonNull[0]!, components);
      const types = [...asArray(inner.type), ...(nonNull.length < alternatives.length ? ['null'] : [])];
      return { ...inner, type: types, description: schema.description ?? inner.description };
    }
  }
  if (schema.allOf?.length === 1) return { ...resolve(schema.allOf[0]!, components), description: schema.description };
  return schema;
}

function objectShape(schema: JsonSchema, components: Record<string, JsonSchema>): JsonSchema | null {
  const resolved = resolve(schema, components);
  return asArray(resolved.type).includes('object') || resolved.properties ? resolved : null;
}

function arrayItems(schema: JsonSchema, components: Record<string, JsonSchema>): JsonSchema | null {
  const resolved = resolve(schema, components);
  return asArray(resolved.type).includes('array') && resolved.items ? resolve(resolved.items, components) : null;
}

function typeName(schema: JsonSchema, components: Record<string, JsonSchema>): string {
  const types = asArray(schema.type);
  const base = types.filter((t) => t !== 'null');
  let name = base.length ? base.join(' | ') : schema.properties ? 'object' : 'any';
  if (base.includes('array') && schema.items) name = `${typeName(resolve(schema.items, components), components)}[]`;
  if (schema.format) name += ` (${schema.format})`;
  if (base.includes('object') && schema.additionalProperties && typeof schema.additionalProperties === 'object') {
    name = `map of ${typeName(resolve(schema.additionalProperties, components), components)}`;
  }
  return types.includes('null') ? `${name} | null` : name;
}

function notesOf(schema: JsonSchema): string[] {
  const notes: string[] = [];
  if (schema.enum) notes.push(`one of ${schema.enum.map((v) => JSON.stringify(v)).join(', ')}`);
  if (schema.items?.enum) notes.push(`each one of ${schema.items.enum.map((v) => JSON.stringify(v)).join(', ')}`);
  if (schema.minimum !== undefined || schema.maximum !== undefined) notes.push(`${schema.minimum ?? '…'} to ${schema.maximum ?? '…'}`);
  if (schema.maxLength !== undefined) notes.push(`at most ${schema.maxLength} characters`);
  if (schema.maxItems !== undefined) notes.push(`at most ${schema.maxItems} items`);
  if (schema.default !== undefined) notes.push(`default ${JSON.stringify(schema.default)}`);
  return notes;
}

function asArray(type: string | string[] | undefined): string[] {
  return type === undefined ? [] : Array.isArray(type) ? type : [type];
}
