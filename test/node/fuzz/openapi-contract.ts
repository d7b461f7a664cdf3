import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';

/** What the fuzzer needs of one operation in /openapi.json. */
export interface Operation {
  method: string;
  /** OpenAPI path template, e.g. `/v1/numbers/{number}`. */
  path: string;
  parameters: { in: 'path' | 'query' | 'header'; name: string; schema: Schema }[];
  /** Request body media types and their schemas. */
  body: Record<string, Schema> | null;
  /** Declared responses by status: media type → schema (empty for bodiless ones). */
  responses: Record<string, Record<string, Schema>>;
  admin: boolean;
}

export type Schema = Record<string, any>;

/**
 * Reads every operation of an OpenAPI 3.1 document, and checks responses against it with a
 * JSON Schema 2020-12 validator (OpenAPI 3.1 schemas are JSON Schema 2020-12).
 */
export class OpenApiContract {
  readonly operations: Operation[] = [];
  private readonly ajv: Ajv2020;
  private readonly validators = new Map<Schema, ValidateFunction>();

  constructor(readonly document: Schema) {
    for (const [path, item] of Object.entries<Schema>(document.paths)) {
      for (const [method, op] of Object.entries<Schema>(item)) {
        if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue;
        this.operations.push({
          method: method.toUpperCase(),
          path,
          parameters: (op.parameters ?? []).map((p: Schema) => ({ in: p.in, name: p.name, schema: this.resolve(p.schema ?? {}) })),
          body: op.requestBody
            ? Object.fromEntries(Object.entries<Schema>(op.requestBody.content).map(([type, media]) => [type, this.resolve(media.schema ?? {})]))
            : null,
          responses: Object.fromEntries(
            Object.entries<Schema>(op.responses).map(([status, response]) => [
              status,
              Object.fromEntries(Object.entries<Schema>(response.content ?? {}).map(([type, media]) => [type, media.schema ?? {}])),
            ]),
          ),
          admin: Boolean(op.security?.length),
        });
      }
    }
    // strict: false because OpenAPI adds keywords (example, discriminator …) JSON Schema lacks.
    this.ajv = new Ajv2020({ strict: false, allErrors: false, validateFormats: true });
    addFormats(this.ajv);
    this.ajv.addSchema({ $id: 'openapi.json', components: document.components ?? {} });
  }

  /** Follows local `$ref`s to the schema they name (one level deep is enough for sampling). */
  resolve(schema: Schema): Schema {
    let current = schema;
    for (let hops = 0; current?.$ref && hops < 10; hops++) {
      const name = String(current.$ref).replace('#/components/schemas/', '');
      current = this.document.components.schemas[name];
    }
    return current ?? {};
  }

  /** Schema of the problem document every error must be. */
  get problemSchema(): Schema {
    return this.document.components.schemas.Problem;
  }

  /** Validation errors of `value` against `schema`, or null when it conforms. */
  validate(schema: Schema, value: unknown): string | null {
    let validator = this.validators.get(schema);
    if (!validator) {
      validator = this.ajv.compile(rebase(schema));
      this.validators.set(schema, validator);
    }
    return validator(value) ? null : this.ajv.errorsText(validator.errors, { separator: '; ' });
  }

  /** The operation a concrete path and method hit, if any. */
  match(method: string, pathname: string): Operation | undefined {
    return this.operations.find((op) => op.method === method && templatePattern(op.path).test(pathname));
  }
}

const patterns = new Map<string, RegExp>();
function templatePattern(template: string): RegExp {
  let pattern = patterns.get(template);
  if (!pattern) {
    const source = template
      .split(/(\{[^}]+\})/)
      .map((part) => (part.startsWith('{') ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
      .join('');
    pattern = new RegExp(`^${source}$`);
    patterns.set(template, pattern);
  }
  return pattern;
}

/** Points a schema's local `#/components/...` refs at the document registered as `openapi.json`. */
function rebase(schema: Schema): Schema {
  return JSON.parse(JSON.stringify(schema), (key, value) =>
    key === '$ref' && typeof value === 'string' && value.startsWith('#/') ? `openapi.json${value}` : value,
  );
}
