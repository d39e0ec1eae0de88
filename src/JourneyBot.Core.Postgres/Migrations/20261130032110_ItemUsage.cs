using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace JourneyBot.Core.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ItemUsage : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ItemUsage",
                columns: table => new
                {
                    CollateralId = table.Column<int>(type: "integer", nullable: false),
                    Week = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ChannelId = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Offered = table.Column<int>(type: "integer", nullable: false),
                    Opened = table.Column<int>(type: "integer", nullable: false),
                    LastOfferedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LastOpenedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ItemUsage", x => new { x.CollateralId, x.Week, x.ChannelId });
                });

            migrationBuilder.CreateIndex(
                name: "IX_ItemUsage_Week",
                table: "ItemUsage",
                column: "Week");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ItemUsage");
        }
    }
}
