using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace JourneyBot.Core.Catalog.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OwnerReviews : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ReviewDeliveries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RecipientId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Week = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ClaimedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    SentAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    MessageTs = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    ItemIds = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReviewDeliveries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ReviewPauses",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    PausedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReviewPauses", x => x.UserId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ReviewDeliveries_MessageTs",
                table: "ReviewDeliveries",
                column: "MessageTs");

            migrationBuilder.CreateIndex(
                name: "IX_ReviewDeliveries_RecipientId_Week",
                table: "ReviewDeliveries",
                columns: new[] { "RecipientId", "Week" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ReviewDeliveries");

            migrationBuilder.DropTable(
                name: "ReviewPauses");
        }
    }
}
