using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace JobSkills.Data.Migrations;

/// <summary>Companies, roles, postings with sections and lines, skill terms and where they occur, and the full-text index.</summary>
[DbContext(typeof(JobSkillsDbContext))]
[Migration("20261122010000_Postings")]
public sealed class Postings : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Companies",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
                Name = table.Column<string>(type: "TEXT", nullable: false),
                NormalizedName = table.Column<string>(type: "TEXT", nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Companies", x => x.Id));

        migrationBuilder.CreateTable(
            name: "Roles",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
                Title = table.Column<string>(type: "TEXT", nullable: false),
                NormalizedTitle = table.Column<string>(type: "TEXT", nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Roles", x => x.Id));

        migrationBuilder.CreateTable(
            name: "SkillTerms",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
                Name = table.Column<string>(type: "TEXT", nullable: false),
                Key = table.Column<string>(type: "TEXT", nullable: false),
                Source = table.Column<int>(type: "INTEGER", nullable: false),
                CaseSensitive = table.Column<bool>(type: "INTEGER", nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_SkillTerms", x => x.Id));

        migrationBuilder.CreateTable(
            name: "Postings",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
                CompanyId = table.Column<int>(type: "INTEGER", nullable: true),
                RoleId = table.Column<int>(type: "INTEGER", nullable: true),
                Title = table.Column<string>(type: "TEXT", nullable: false),
                Location = table.Column<string>(type: "TEXT", nullable: false),
                PayText = table.Column<string>(type: "TEXT", nullable: false),
                PayMin = table.Column<double>(type: "REAL", nullable: true),
                PayMax = table.Column<double>(type: "REAL", nullable: true),
                PayCurrency = table.Column<string>(type: "TEXT", nullable: true),
                PayPeriod = table.Column<int>(type: "INTEGER", nullable: true),
                EmploymentType = table.Column<string>(type: "TEXT", nullable: false),
                PostedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                SourceName = table.Column<string>(type: "TEXT", nullable: false),
                Format = table.Column<int>(type: "INTEGER", nullable: false),
                Sha256 = table.Column<string>(type: "TEXT", nullable: false),
                ImportedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                Text = table.Column<string>(type: "TEXT", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Postings", x => x.Id);
                table.ForeignKey("FK_Postings_Companies_CompanyId", x => x.CompanyId, "Companies", "Id", onDelete: ReferentialAction.SetNull);
                table.ForeignKey("FK_Postings_Roles_RoleId", x => x.RoleId, "Roles", "Id", onDelete: ReferentialAction.SetNull);
            });

        migrationBuilder.CreateTable(
            name: "SkillAliases",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
                TermId = table.Column<int>(type: "INTEGER", nullable: false),
                Alias = table.Column<string>(type: "TEXT", nullable: false),
                Key = table.Column<string>(type: "TEXT", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_SkillAliases", x => x.Id);
                table.ForeignKey("FK_SkillAliases_SkillTerms_TermId", x => x.TermId, "SkillTerms", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "PostingSections",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
                PostingId = table.Column<int>(type: "INTEGER", nullable: false),
                Ordinal = table.Column<int>(type: "INTEGER", nullable: false),
                Heading = table.Column<string>(type: "TEXT", nullable: false),
                Kind = table.Column<int>(type: "INTEGER", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_PostingSections", x => x.Id);
                table.ForeignKey("FK_PostingSections_Postings_PostingId", x => x.PostingId, "Postings", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "PostingLines",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
                SectionId = table.Column<int>(type: "INTEGER", nullable: false),
                Ordinal = table.Column<int>(type: "INTEGER", nullable: false),
                Text = table.Column<string>(type: "TEXT", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_PostingLines", x => x.Id);
                table.ForeignKey("FK_PostingLines_PostingSections_SectionId", x => x.SectionId, "PostingSections", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "TermOccurrences",
            columns: table => new
            {
                Id = table.Column<long>(type: "INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
                TermId = table.Column<int>(type: "INTEGER", nullable: false),
                OutlineNodeId = table.Column<int>(type: "INTEGER", nullable: true),
                PostingLineId = table.Column<int>(type: "INTEGER", nullable: true),
                PostingId = table.Column<int>(type: "INTEGER", nullable: true),
                Start = table.Column<int>(type: "INTEGER", nullable: false),
                Length = table.Column<int>(type: "INTEGER", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_TermOccurrences", x => x.Id);
                table.ForeignKey("FK_TermOccurrences_OutlineNodes_OutlineNodeId", x => x.OutlineNodeId, "OutlineNodes", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_TermOccurrences_PostingLines_PostingLineId", x => x.PostingLineId, "PostingLines", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_TermOccurrences_Postings_PostingId", x => x.PostingId, "Postings", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_TermOccurrences_SkillTerms_TermId", x => x.TermId, "SkillTerms", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex("IX_Companies_NormalizedName", "Companies", "NormalizedName", unique: true);
        migrationBuilder.CreateIndex("IX_Roles_NormalizedTitle", "Roles", "NormalizedTitle", unique: true);
        migrationBuilder.CreateIndex("IX_SkillTerms_Key", "SkillTerms", "Key", unique: true);
        migrationBuilder.CreateIndex("IX_SkillAliases_Key", "SkillAliases", "Key", unique: true);
        migrationBuilder.CreateIndex("IX_SkillAliases_TermId", "SkillAliases", "TermId");
        migrationBuilder.CreateIndex("IX_Postings_CompanyId", "Postings", "CompanyId");
        migrationBuilder.CreateIndex("IX_Postings_RoleId", "Postings", "RoleId");
        migrationBuilder.CreateIndex("IX_Postings_Sha256", "Postings", "Sha256", unique: true);
        migrationBuilder.CreateIndex("IX_PostingSections_PostingId_Ordinal", "PostingSections", ["PostingId", "Ordinal"]);
        migrationBuilder.CreateIndex("IX_PostingLines_SectionId_Ordinal", "PostingLines", ["SectionId", "Ordinal"]);
        migrationBuilder.CreateIndex("IX_TermOccurrences_TermId", "TermOccurrences", "TermId");
        migrationBuilder.CreateIndex("IX_TermOccurrences_OutlineNodeId", "TermOccurrences", "OutlineNodeId");
        migrationBuilder.CreateIndex("IX_TermOccurrences_PostingLineId", "TermOccurrences", "PostingLineId");
        migrationBuilder.CreateIndex("IX_TermOccurrences_PostingId", "TermOccurrences", "PostingId");

        // Full-text indexes (SQLite FTS5), kept in step by SqliteSearchIndex. "PostingSearch" has a
        // row per posting (rowid = posting id), so AND / NOT apply to the whole posting, and a
        // column per section kind, so a kind filter is a column filter. "OutlineSearch" has a row
        // per node (rowid = node id). "+" and "#" are token characters so C++ and C# stay words.
        migrationBuilder.Sql("""
            CREATE VIRTUAL TABLE "PostingSearch" USING fts5(
                title, company, location, other, about, responsibilities, required, preferred, benefits, pay, legal,
                tokenize = "unicode61 remove_diacritics 2 tokenchars '+#'", prefix = '2 3')
            """);
        migrationBuilder.Sql("""
            CREATE VIRTUAL TABLE "OutlineSearch" USING fts5(
                text, document_id UNINDEXED,
                tokenize = "unicode61 remove_diacritics 2 tokenchars '+#'", prefix = '2 3')
            """);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("DROP TABLE \"OutlineSearch\"");
        migrationBuilder.Sql("DROP TABLE \"PostingSearch\"");

        migrationBuilder.DropTable(name: "TermOccurrences");
        migrationBuilder.DropTable(name: "SkillAliases");
        migrationBuilder.DropTable(name: "PostingLines");
        migrationBuilder.DropTable(name: "PostingSections");
        migrationBuilder.DropTable(name: "Postings");
        migrationBuilder.DropTable(name: "SkillTerms");
        migrationBuilder.DropTable(name: "Roles");
        migrationBuilder.DropTable(name: "Companies");
    }
}
