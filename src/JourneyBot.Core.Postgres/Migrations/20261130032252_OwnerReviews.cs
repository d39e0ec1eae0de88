using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace JourneyBot.Core.Postgres.Migrations
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RecipientId = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Week = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ClaimedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    SentAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    MessageTs = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    ItemIds = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReviewDeliveries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ReviewPauses",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    PausedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
