-- A product's subgroup belongs to the product's OCOP group (148/QĐ-TTg): a foreign key on the pair
-- (subgroupId, group). MATCH SIMPLE, so a product without a subgroup is not checked.
-- Rows that break the rule lose the subgroup and keep their group (the group is what the catalogue filters on).
UPDATE "products" p SET "subgroupId" = NULL
  FROM "subgroups" s
  WHERE s."id" = p."subgroupId" AND s."group" <> p."group";

ALTER TABLE "subgroups" ADD CONSTRAINT "x_subgroups_id_group_key" UNIQUE ("id", "group");

ALTER TABLE "products" ADD CONSTRAINT "x_products_subgroup_in_group"
  FOREIGN KEY ("subgroupId", "group") REFERENCES "subgroups" ("id", "group");
