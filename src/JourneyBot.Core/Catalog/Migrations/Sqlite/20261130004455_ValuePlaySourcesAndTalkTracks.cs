using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace JourneyBot.Core.Catalog.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ValuePlaySourcesAndTalkTracks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "ValuePlay_IsExample",
                table: "Motions",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "ValuePlay_Source",
                table: "Motions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ValuePlay_TalkTracks",
                table: "Motions",
                type: "TEXT",
                nullable: false,
                defaultValue: "{}");

            // Plays seeded from the old default catalog say they are examples from now on (see ShippedExamplePlays).
            JourneyBot.Core.Catalog.ShippedExamplePlays.MarkUnchanged(migrationBuilder);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ValuePlay_IsExample",
                table: "Motions");

            migrationBuilder.DropColumn(
                name: "ValuePlay_Source",
                table: "Motions");

            migrationBuilder.DropColumn(
                name: "ValuePlay_TalkTracks",
                table: "Motions");
        }
    }
}
