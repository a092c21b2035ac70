using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KbSite.Articles.Store.Migrations
{
    /// <inheritdoc />
    public partial class InitialStore : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Articles",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Number = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Product = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Versions = table.Column<string>(type: "TEXT", nullable: false),
                    Platform = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Published = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Modified = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Keywords = table.Column<string>(type: "TEXT", nullable: false),
                    Technology = table.Column<string>(type: "TEXT", nullable: false),
                    QueryWords = table.Column<string>(type: "TEXT", nullable: false),
                    AppliesTo = table.Column<string>(type: "TEXT", nullable: false),
                    Related = table.Column<string>(type: "TEXT", nullable: false),
                    StatusKind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    StatusText = table.Column<string>(type: "TEXT", nullable: false),
                    FixedIn = table.Column<string>(type: "TEXT", nullable: false),
                    Copyright = table.Column<string>(type: "TEXT", nullable: false),
                    Disclaimer = table.Column<string>(type: "TEXT", nullable: false),
                    Body = table.Column<string>(type: "TEXT", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Articles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "EventSignatures",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ArticleId = table.Column<int>(type: "INTEGER", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    EventId = table.Column<int>(type: "INTEGER", nullable: false),
                    Level = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Message = table.Column<string>(type: "TEXT", nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EventSignatures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EventSignatures_Articles_ArticleId",
                        column: x => x.ArticleId,
                        principalTable: "Articles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Articles_Modified",
                table: "Articles",
                column: "Modified");

            migrationBuilder.CreateIndex(
                name: "IX_Articles_Number",
                table: "Articles",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Articles_State_Product",
                table: "Articles",
                columns: new[] { "State", "Product" });

            migrationBuilder.CreateIndex(
                name: "IX_EventSignatures_ArticleId",
                table: "EventSignatures",
                column: "ArticleId");

            migrationBuilder.CreateIndex(
                name: "IX_EventSignatures_EventId",
                table: "EventSignatures",
                column: "EventId");

            migrationBuilder.CreateIndex(
                name: "IX_EventSignatures_Source_EventId",
                table: "EventSignatures",
                columns: new[] { "Source", "EventId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EventSignatures");

            migrationBuilder.DropTable(
                name: "Articles");
        }
    }
}
