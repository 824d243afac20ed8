using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace JobSkills.Data.Migrations;

/// <summary>What the stored vocabulary was built from, so that a release with another curated list re-links once.</summary>
[DbContext(typeof(JobSkillsDbContext))]
[Migration("20261207000000_VocabularyStamp")]
public sealed class VocabularyStamp : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.CreateTable(
            name: "VocabularyStamps",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
                Fingerprint = table.Column<string>(type: "TEXT", nullable: false),
                DocumentId = table.Column<int>(type: "INTEGER", nullable: true),
                LinkedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_VocabularyStamps", x => x.Id));

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable(name: "VocabularyStamps");
}
