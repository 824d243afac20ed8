using JobSkills.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace JobSkills.Tests.Data;

public class MigrationTests
{
    [Fact]
    public async Task Migrate_EmptyDatabase_GivesTheSchemaTheModelDescribes()
    {
        using var migrated = await TestDatabase.CreateAsync();
        var folder = Path.GetDirectoryName(migrated.Path)!;
        var createdPath = Path.Combine(folder, "created.db");
        await using (var db = new DbContextFactory(createdPath).CreateDbContext())
        {
            await db.Database.EnsureCreatedAsync();
        }

        Assert.Equal(DescribeSchema(createdPath), DescribeSchema(migrated.Path));
    }

    [Fact]
    public async Task Migrate_TwiceOnTheSameFile_IsANoOp()
    {
        using var database = await TestDatabase.CreateAsync();
        await using var db = database.Factory.CreateDbContext();
        await JobSkillsDatabase.MigrateAsync(db);
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.NotEmpty(await db.Database.GetAppliedMigrationsAsync());
    }

    [Fact]
    public async Task Migrate_CreatesTheFullTextIndexes()
    {
        using var database = await TestDatabase.CreateAsync();
        using var connection = new SqliteConnection($"Data Source={database.Path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO "PostingSearch" (rowid, title, company, location, required)
            VALUES (1, 'ML Intern', 'Acme', 'Remote', 'C++ and PyTorch');
            SELECT rowid FROM "PostingSearch" WHERE "PostingSearch" MATCH '"c++"';
            """;
        Assert.Equal(1L, command.ExecuteScalar());
        Assert.Contains("OutlineSearch", Query(connection, "SELECT name FROM sqlite_master WHERE type = 'table'"));
    }

    /// <summary>Tables, columns (type, nullability, key), indexes and foreign keys, in a stable order.</summary>
    private static List<string> DescribeSchema(string path)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        var tables = Query(connection, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__EFMigrations%' AND name NOT LIKE '%Search%' ORDER BY name");
        var schema = new List<string>();
        foreach (var table in tables)
        {
            schema.Add($"table {table}");
            schema.AddRange(Query(connection, $"SELECT name || ' ' || type || ' notnull=' || \"notnull\" || ' pk=' || pk FROM pragma_table_info('{table}') ORDER BY name").Select(c => "  column " + c));
            schema.AddRange(Query(connection, $"SELECT \"table\" || '.' || \"to\" || ' from ' || \"from\" || ' on delete ' || on_delete FROM pragma_foreign_key_list('{table}') ORDER BY \"from\"").Select(f => "  fk " + f));
            foreach (var index in Query(connection, $"SELECT name || ' unique=' || \"unique\" FROM pragma_index_list('{table}') WHERE origin = 'c' ORDER BY name"))
            {
                var name = index.Split(' ')[0];
                schema.Add($"  index {index} ({string.Join(", ", Query(connection, $"SELECT name FROM pragma_index_info('{name}') ORDER BY seqno"))})");
            }
        }

        return schema;
    }

    private static List<string> Query(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }
}
