using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace JourneyBot.Core.Catalog.Migrations.Sqlite
{
    /// <summary>
    /// Full-text search over collateral (title, type name, description, owner): an FTS5 table whose rowid is the
    /// collateral's id (with prefix indexes: every search word is a prefix), kept in step by triggers so every write (import, add, seed) updates it in its own transaction.
    /// Not in the EF model. A later migration that rebuilds the Collateral or CollateralTypes table (SQLite's way to
    /// drop or alter a column) drops these triggers: SearchIndexTests fails then, and they must be created again.
    /// </summary>
    public partial class CollateralSearch : Migration
    {
        private const string TypeName = """(SELECT "Name" FROM "CollateralTypes" WHERE "Id" = new."TypeId")""";

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE "CollateralSearch" USING fts5(title, type, description, owner, tokenize = 'porter unicode61', prefix = '3 4 5 6 7 8');
                """);
            migrationBuilder.Sql($"""
                CREATE TRIGGER "CollateralSearch_Insert" AFTER INSERT ON "Collateral" BEGIN
                    INSERT INTO "CollateralSearch" (rowid, title, type, description, owner)
                    VALUES (new."Id", new."Title", {TypeName}, new."Description", new."Owner");
                END;
                """);
            migrationBuilder.Sql($"""
                CREATE TRIGGER "CollateralSearch_Update" AFTER UPDATE OF "Title", "TypeId", "Description", "Owner" ON "Collateral" BEGIN
                    UPDATE "CollateralSearch" SET title = new."Title", type = {TypeName}, description = new."Description", owner = new."Owner"
                    WHERE rowid = old."Id";
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "CollateralSearch_Delete" AFTER DELETE ON "Collateral" BEGIN
                    DELETE FROM "CollateralSearch" WHERE rowid = old."Id";
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "CollateralSearch_TypeRenamed" AFTER UPDATE OF "Name" ON "CollateralTypes" BEGIN
                    UPDATE "CollateralSearch" SET type = new."Name"
                    WHERE rowid IN (SELECT "Id" FROM "Collateral" WHERE "TypeId" = new."Id");
                END;
                """);
            migrationBuilder.Sql("""
                INSERT INTO "CollateralSearch" (rowid, title, type, description, owner)
                SELECT c."Id", c."Title", t."Name", c."Description", c."Owner"
                FROM "Collateral" c LEFT JOIN "CollateralTypes" t ON t."Id" = c."TypeId";
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "CollateralSearch_TypeRenamed";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "CollateralSearch_Delete";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "CollateralSearch_Update";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "CollateralSearch_Insert";""");
            migrationBuilder.Sql("""DROP TABLE IF EXISTS "CollateralSearch";""");
        }
    }
}
