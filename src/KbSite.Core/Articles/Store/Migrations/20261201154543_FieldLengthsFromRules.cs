using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KbSite.Articles.Store.Migrations
{
    /// <inheritdoc />
    public partial class FieldLengthsFromRules : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Nothing to do on SQLite (TEXT has no length): the model now takes its lengths from ArticleRules
            // (Category 100 -> 200, Number 16 -> 10), which this migration records.
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}
