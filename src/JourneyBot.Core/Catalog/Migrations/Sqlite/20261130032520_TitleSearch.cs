using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace JourneyBot.Core.Catalog.Migrations.Sqlite
{
    /// <summary>
    /// A second FTS5 table over collateral titles only, kept by triggers like "CollateralSearch". A search matching
    /// thousands of items lists title matches first; a title filter on the four-column table still reads every
    /// match's positions (about 3 ms for a word a fifth of a 100,000-item catalog shares), this table only the titles.
    /// Not in the EF model; the warning on <see cref="CollateralSearch"/> about table rebuilds applies here too.
    /// </summary>
    public partial class TitleSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE "CollateralTitleSearch" USING fts5(title, tokenize = 'porter unicode61', prefix = '3 4 5 6 7 8');
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "CollateralTitleSearch_Insert" AFTER INSERT ON "Collateral" BEGIN
                    INSERT INTO "CollateralTitleSearch" (rowid, title) VALUES (new."Id", new."Title");
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "CollateralTitleSearch_Update" AFTER UPDATE OF "Title" ON "Collateral" BEGIN
                    UPDATE "CollateralTitleSearch" SET title = new."Title" WHERE rowid = old."Id";
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "CollateralTitleSearch_Delete" AFTER DELETE ON "Collateral" BEGIN
                    DELETE FROM "CollateralTitleSearch" WHERE rowid = old."Id";
                END;
                """);
            migrationBuilder.Sql("""
                INSERT INTO "CollateralTitleSearch" (rowid, title) SELECT "Id", "Title" FROM "Collateral";
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "CollateralTitleSearch_Delete";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "CollateralTitleSearch_Update";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "CollateralTitleSearch_Insert";""");
            migrationBuilder.Sql("""DROP TABLE IF EXISTS "CollateralTitleSearch";""");
        }
    }
}
