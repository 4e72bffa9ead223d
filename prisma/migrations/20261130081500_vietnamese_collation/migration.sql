-- Names people read in lists sort in Vietnamese alphabetical order ("Bảo" before "Bình", "Đ" after "D"),
-- not by character code: ICU's Vietnamese collation on the columns, so every ORDER BY on them (Prisma
-- orderBy included) and their indexes follow it. schema.prisma notes it on each field.
CREATE COLLATION IF NOT EXISTS "vietnamese" (provider = icu, locale = 'vi');

ALTER TABLE "regions" ALTER COLUMN "name" SET DATA TYPE TEXT COLLATE "vietnamese";
ALTER TABLE "producers" ALTER COLUMN "name" SET DATA TYPE TEXT COLLATE "vietnamese";
ALTER TABLE "products" ALTER COLUMN "nameVi" SET DATA TYPE TEXT COLLATE "vietnamese";
ALTER TABLE "fairs" ALTER COLUMN "nameVi" SET DATA TYPE TEXT COLLATE "vietnamese";
ALTER TABLE "subgroups" ALTER COLUMN "nameVi" SET DATA TYPE TEXT COLLATE "vietnamese";
