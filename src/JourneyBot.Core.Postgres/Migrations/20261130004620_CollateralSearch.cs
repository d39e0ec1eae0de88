using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace JourneyBot.Core.Postgres.Migrations
{
    /// <summary>
    /// Full-text search over collateral: a tsvector column (title A, type name B, description C, owner D) with a GIN
    /// index. Its configuration, journeybot_search, is english with Martin Porter's original stemmer (Snowball's
    /// "porter") instead of english_stem (Porter2): SQLite's FTS5 porter tokenizer stems the same way, so both providers
    /// find the same items (Porter2 keeps "deploying" as "deploy", Porter makes it "deploi"). A generated column cannot read the type's name from CollateralTypes, so triggers keep it (on the row's
    /// own writes and on a type rename), in the writer's transaction. ASCII punctuation is read as a space first, as
    /// SQLite's unicode61 tokenizer does, so "CI/CD" is the words "ci" and "cd" on both providers, not one file-path token.
    /// Not in the EF model.
    /// </summary>
    public partial class CollateralSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE TEXT SEARCH DICTIONARY journeybot_porter (TEMPLATE = snowball, Language = porter, StopWords = english);
                """);
            migrationBuilder.Sql("""
                CREATE TEXT SEARCH CONFIGURATION journeybot_search (COPY = english);
                """);
            migrationBuilder.Sql("""
                ALTER TEXT SEARCH CONFIGURATION journeybot_search ALTER MAPPING REPLACE english_stem WITH journeybot_porter;
                """);
            migrationBuilder.Sql("""
                CREATE FUNCTION collateral_search_vector(title text, type text, description text, owner text) RETURNS tsvector
                LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
                    SELECT setweight(to_tsvector('journeybot_search', regexp_replace(coalesce(title, ''), '[[:punct:]]+', ' ', 'g')), 'A')
                        || setweight(to_tsvector('journeybot_search', regexp_replace(coalesce(type, ''), '[[:punct:]]+', ' ', 'g')), 'B')
                        || setweight(to_tsvector('journeybot_search', regexp_replace(coalesce(description, ''), '[[:punct:]]+', ' ', 'g')), 'C')
                        || setweight(to_tsvector('journeybot_search', regexp_replace(coalesce(owner, ''), '[[:punct:]]+', ' ', 'g')), 'D')
                $$;
                """);
            migrationBuilder.Sql("""
                ALTER TABLE "Collateral" ADD COLUMN "SearchVector" tsvector;
                """);
            migrationBuilder.Sql("""
                CREATE FUNCTION collateral_search_row() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    NEW."SearchVector" := collateral_search_vector(
                        NEW."Title", (SELECT t."Name" FROM "CollateralTypes" t WHERE t."Id" = NEW."TypeId"), NEW."Description", NEW."Owner");
                    RETURN NEW;
                END $$;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER collateral_search_row BEFORE INSERT OR UPDATE OF "Title", "TypeId", "Description", "Owner" ON "Collateral"
                FOR EACH ROW EXECUTE FUNCTION collateral_search_row();
                """);
            migrationBuilder.Sql("""
                CREATE FUNCTION collateral_search_type_renamed() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    UPDATE "Collateral" c SET "SearchVector" = collateral_search_vector(c."Title", NEW."Name", c."Description", c."Owner")
                    WHERE c."TypeId" = NEW."Id";
                    RETURN NULL;
                END $$;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER collateral_search_type_renamed AFTER UPDATE OF "Name" ON "CollateralTypes"
                FOR EACH ROW WHEN (OLD."Name" IS DISTINCT FROM NEW."Name") EXECUTE FUNCTION collateral_search_type_renamed();
                """);
            migrationBuilder.Sql("""
                UPDATE "Collateral" c SET "SearchVector" = collateral_search_vector(
                    c."Title", (SELECT t."Name" FROM "CollateralTypes" t WHERE t."Id" = c."TypeId"), c."Description", c."Owner");
                """);
            migrationBuilder.Sql("""
                CREATE INDEX "IX_Collateral_SearchVector" ON "Collateral" USING GIN ("SearchVector");
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS collateral_search_type_renamed ON "CollateralTypes";""");
            migrationBuilder.Sql("""DROP FUNCTION IF EXISTS collateral_search_type_renamed();""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS collateral_search_row ON "Collateral";""");
            migrationBuilder.Sql("""DROP FUNCTION IF EXISTS collateral_search_row();""");
            migrationBuilder.Sql("""DROP INDEX IF EXISTS "IX_Collateral_SearchVector";""");
            migrationBuilder.Sql("""ALTER TABLE "Collateral" DROP COLUMN IF EXISTS "SearchVector";""");
            migrationBuilder.Sql("""DROP FUNCTION IF EXISTS collateral_search_vector(text, text, text, text);""");
            migrationBuilder.Sql("""DROP TEXT SEARCH CONFIGURATION IF EXISTS journeybot_search;""");
            migrationBuilder.Sql("""DROP TEXT SEARCH DICTIONARY IF EXISTS journeybot_porter;""");
        }
    }
}
