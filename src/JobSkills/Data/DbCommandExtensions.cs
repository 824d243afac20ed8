using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace JobSkills.Data;

/// <summary>Helpers for the few places that use prepared ADO.NET commands on a context's own connection (bulk writes, full-text search).</summary>
internal static class DbCommandExtensions
{
    /// <summary>A command on the context's connection, enlisted in its current transaction if there is one.</summary>
    public static DbCommand CreateCommand(this JobSkillsDbContext db, string sql)
    {
        var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        return command;
    }

    public static DbParameter AddParameter(this DbCommand command, string name, object? value = null)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
        return parameter;
    }
}
