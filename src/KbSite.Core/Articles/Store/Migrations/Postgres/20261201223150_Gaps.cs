using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace KbSite.Articles.Store.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Gaps : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ArticleFeedback",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Number = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    Yes = table.Column<int>(type: "integer", nullable: false),
                    No = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ArticleFeedback", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PasteGaps",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Key = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Source = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    EventId = table.Column<int>(type: "integer", nullable: true),
                    Message = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: false),
                    FirstSeenUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    LastSeenUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    DismissedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    DismissReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PasteGaps", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SearchGaps",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Query = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: false),
                    FirstSeenUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    LastSeenUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    DismissedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    DismissReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SearchGaps", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ArticleFeedback_Day",
                table: "ArticleFeedback",
                column: "Day");

            migrationBuilder.CreateIndex(
                name: "IX_ArticleFeedback_Number_Day",
                table: "ArticleFeedback",
                columns: new[] { "Number", "Day" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PasteGaps_Count_LastSeenUtc",
                table: "PasteGaps",
                columns: new[] { "Count", "LastSeenUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_PasteGaps_FirstSeenUtc",
                table: "PasteGaps",
                column: "FirstSeenUtc");

            migrationBuilder.CreateIndex(
                name: "IX_PasteGaps_Key",
                table: "PasteGaps",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PasteGaps_LastSeenUtc_DismissedUtc",
                table: "PasteGaps",
                columns: new[] { "LastSeenUtc", "DismissedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_SearchGaps_Count_LastSeenUtc",
                table: "SearchGaps",
                columns: new[] { "Count", "LastSeenUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_SearchGaps_FirstSeenUtc",
                table: "SearchGaps",
                column: "FirstSeenUtc");

            migrationBuilder.CreateIndex(
                name: "IX_SearchGaps_LastSeenUtc_DismissedUtc",
                table: "SearchGaps",
                columns: new[] { "LastSeenUtc", "DismissedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_SearchGaps_Query",
                table: "SearchGaps",
                column: "Query",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ArticleFeedback");

            migrationBuilder.DropTable(
                name: "PasteGaps");

            migrationBuilder.DropTable(
                name: "SearchGaps");
        }
    }
}
