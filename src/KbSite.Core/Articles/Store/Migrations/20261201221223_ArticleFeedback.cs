using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KbSite.Articles.Store.Migrations
{
    /// <inheritdoc />
    public partial class ArticleFeedback : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ArticleFeedback",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Number = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Yes = table.Column<int>(type: "INTEGER", nullable: false),
                    No = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ArticleFeedback", x => x.Id);
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ArticleFeedback");
        }
    }
}
