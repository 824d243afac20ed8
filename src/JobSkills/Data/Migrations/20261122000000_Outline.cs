using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace JobSkills.Data.Migrations;

/// <summary>
/// Hand-written: the EF design-time package does not restore here (see docs/decisions).
/// MigrationTests checks that the migrated schema equals the one the model would create.
/// </summary>
[DbContext(typeof(JobSkillsDbContext))]
[Migration("20261122000000_Outline")]
public sealed class Outline : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "OutlineDocuments",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
                Name = table.Column<string>(type: "TEXT", nullable: false),
                SourcePath = table.Column<string>(type: "TEXT", nullable: true),
                Version = table.Column<int>(type: "INTEGER", nullable: false),
                ImportedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                Sha256 = table.Column<string>(type: "TEXT", nullable: false),
                ByteLength = table.Column<long>(type: "INTEGER", nullable: false),
                HasBom = table.Column<bool>(type: "INTEGER", nullable: false),
                LineEnding = table.Column<string>(type: "TEXT", nullable: false),
                HasFinalNewline = table.Column<bool>(type: "INTEGER", nullable: false),
                Preamble = table.Column<string>(type: "TEXT", nullable: false),
                Revision = table.Column<int>(type: "INTEGER", nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_OutlineDocuments", x => x.Id));

        migrationBuilder.CreateTable(
            name: "EditRecords",
            columns: table => new
            {
                Id = table.Column<long>(type: "INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
                DocumentId = table.Column<int>(type: "INTEGER", nullable: false),
                NodeId = table.Column<int>(type: "INTEGER", nullable: true),
                Kind = table.Column<int>(type: "INTEGER", nullable: false),
                At = table.Column<DateTime>(type: "TEXT", nullable: false),
                Actor = table.Column<string>(type: "TEXT", nullable: false),
                Before = table.Column<string>(type: "TEXT", nullable: false),
                After = table.Column<string>(type: "TEXT", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_EditRecords", x => x.Id);
                table.ForeignKey(
                    name: "FK_EditRecords_OutlineDocuments_DocumentId",
                    column: x => x.DocumentId,
                    principalTable: "OutlineDocuments",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "OutlineNodes",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
                DocumentId = table.Column<int>(type: "INTEGER", nullable: false),
                ParentId = table.Column<int>(type: "INTEGER", nullable: true),
                Ordinal = table.Column<int>(type: "INTEGER", nullable: false),
                Kind = table.Column<int>(type: "INTEGER", nullable: false),
                Level = table.Column<int>(type: "INTEGER", nullable: false),
                Indent = table.Column<string>(type: "TEXT", nullable: false),
                Marker = table.Column<string>(type: "TEXT", nullable: false),
                Gap = table.Column<string>(type: "TEXT", nullable: false),
                TaskBox = table.Column<string>(type: "TEXT", nullable: false),
                Text = table.Column<string>(type: "TEXT", nullable: false),
                Suffix = table.Column<string>(type: "TEXT", nullable: false),
                LineEnding = table.Column<string>(type: "TEXT", nullable: false),
                Trailing = table.Column<string>(type: "TEXT", nullable: false),
                PlainText = table.Column<string>(type: "TEXT", nullable: false),
                IsPlaceholder = table.Column<bool>(type: "INTEGER", nullable: false),
                IsSkillSet = table.Column<bool>(type: "INTEGER", nullable: false),
                IsEdited = table.Column<bool>(type: "INTEGER", nullable: false),
                Version = table.Column<int>(type: "INTEGER", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_OutlineNodes", x => x.Id);
                table.ForeignKey(
                    name: "FK_OutlineNodes_OutlineDocuments_DocumentId",
                    column: x => x.DocumentId,
                    principalTable: "OutlineDocuments",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
                table.ForeignKey(
                    name: "FK_OutlineNodes_OutlineNodes_ParentId",
                    column: x => x.ParentId,
                    principalTable: "OutlineNodes",
                    principalColumn: "Id");
            });

        migrationBuilder.CreateIndex(name: "IX_EditRecords_DocumentId_At", table: "EditRecords", columns: ["DocumentId", "At"]);
        migrationBuilder.CreateIndex(name: "IX_EditRecords_NodeId", table: "EditRecords", column: "NodeId");
        migrationBuilder.CreateIndex(name: "IX_OutlineDocuments_Name_Version", table: "OutlineDocuments", columns: ["Name", "Version"], unique: true);
        migrationBuilder.CreateIndex(name: "IX_OutlineDocuments_Sha256", table: "OutlineDocuments", column: "Sha256");
        migrationBuilder.CreateIndex(name: "IX_OutlineNodes_DocumentId_IsPlaceholder", table: "OutlineNodes", columns: ["DocumentId", "IsPlaceholder"]);
        migrationBuilder.CreateIndex(name: "IX_OutlineNodes_DocumentId_ParentId_Ordinal", table: "OutlineNodes", columns: ["DocumentId", "ParentId", "Ordinal"]);
        migrationBuilder.CreateIndex(name: "IX_OutlineNodes_ParentId", table: "OutlineNodes", column: "ParentId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "EditRecords");
        migrationBuilder.DropTable(name: "OutlineNodes");
        migrationBuilder.DropTable(name: "OutlineDocuments");
    }
}
