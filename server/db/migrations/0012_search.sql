CREATE EXTENSION IF NOT EXISTS unaccent;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION vitrine_fold(t text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ select lower(public.unaccent('public.unaccent'::regdictionary, t)) $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION vitrine_category_words(c text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ select case c
    when 'sofas' then 'canapes canape sofas sofa'
    when 'armchairs' then 'fauteuils fauteuil armchairs armchair'
    when 'tables' then 'tables table'
    when 'chairs' then 'chaises chaise chairs chair'
    when 'lighting' then 'luminaires luminaire lampes lampe lighting lamps lamp'
    when 'storage' then 'rangements rangement storage'
    when 'rugs' then 'tapis rugs rug'
    when 'decor' then 'decoration deco decor'
    else coalesce(c, '') end $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION vitrine_product_search(data jsonb) RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ select
    setweight(to_tsvector('simple', vitrine_fold(concat_ws(' ', data->'name'->>'fr', data->'name'->>'en'))), 'A')
    || setweight(to_tsvector('simple', vitrine_fold(concat_ws(' ', data->>'sku', vitrine_category_words(data->>'category'), data->>'vendor', translate(coalesce(data->>'tags', ''), '[]",', '    ')))), 'B')
    || setweight(to_tsvector('simple', vitrine_fold(concat_ws(' ', data->'description'->>'fr', data->'description'->>'en'))), 'D') $$;
--> statement-breakpoint
ALTER TABLE "products" ADD COLUMN "search" tsvector GENERATED ALWAYS AS (vitrine_product_search("data")) STORED;
--> statement-breakpoint
ALTER TABLE "products" ADD COLUMN "price_amount" integer GENERATED ALWAYS AS ((("data"->'price'->>'amount'))::integer) STORED;
--> statement-breakpoint
ALTER TABLE "products" ADD COLUMN "published" boolean GENERATED ALWAYS AS (coalesce("data"->>'status', 'published') = 'published') STORED;
--> statement-breakpoint
CREATE INDEX "products_search_idx" ON "products" USING gin ("search");
--> statement-breakpoint
CREATE INDEX "products_facets_idx" ON "products" USING btree ("published", "category", "price_amount");
