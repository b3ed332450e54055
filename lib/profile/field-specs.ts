// What each question accepts, read from the profile schema (zod). Used on the server, which hands the
// specs to the questionnaire as props, and by the draft check: zod stays out of the form's first load.
import { z } from "zod";
import { profileSchema, type Section } from "./schema";
import { ALL_FIELDS, UNITS, type FieldName, type FieldSpec, type FieldSpecs, type NumberFieldName, type Unit } from "./questionnaire-steps";

function unwrapOptional(schema: z.ZodType): z.ZodType {
  return schema instanceof z.ZodOptional ? (schema.unwrap() as z.ZodType) : schema;
}

/** The zod schema of one leaf of the profile, e.g. `repayment.onTimeMonths`. */
export function leafSchema(name: FieldName): z.ZodType {
  if (name === "purpose") return profileSchema.shape.purpose;
  const [section, field] = name.split(".") as [Section, string];
  const sectionSchema = unwrapOptional(profileSchema.shape[section]);
  if (!(sectionSchema instanceof z.ZodObject)) throw new Error(`Section ${section} is not an object`);
  const leaf = (sectionSchema.shape as Record<string, z.ZodType>)[field];
  if (!leaf) throw new Error(`Unknown profile field ${name}`);
  return leaf;
}

export function describeField(name: FieldName): FieldSpec {
  if (name === "purpose") return { kind: "purpose", name };
  const [section, field] = name.split(".") as [Section, string];
  let schema = leafSchema(name);
  let nullable = false;
  if (schema instanceof z.ZodNullable) {
    nullable = true;
    schema = schema.unwrap() as z.ZodType;
  }
  if (schema instanceof z.ZodBoolean) return { kind: "boolean", name, section, field };
  if (schema instanceof z.ZodEnum) {
    return { kind: "choice", name, section, field, options: schema.options.map(String) };
  }
  if (schema instanceof z.ZodNumber) {
    const unit = (UNITS as Partial<Record<FieldName, Unit>>)[name];
    if (!unit) throw new Error(`Number field ${name} has no unit`);
    return {
      kind: "number",
      name: name as NumberFieldName,
      section,
      field,
      unit,
      min: schema.minValue ?? 0,
      max: schema.maxValue ?? Number.MAX_SAFE_INTEGER,
      integer: schema.isInt,
      nullable,
    };
  }
  throw new Error(`Profile field ${name} has a type the questionnaire cannot ask`);
}

/** Every question's spec, for the questionnaire's props. */
export function fieldSpecs(): FieldSpecs {
  return Object.fromEntries(ALL_FIELDS.map((name) => [name, describeField(name)])) as FieldSpecs;
}
