using Microsoft.EntityFrameworkCore;

namespace ResearchRelease.Workflow.Persistence;

/// <summary>The store on SQLite; migrations in Persistence/Migrations/Sqlite.</summary>
internal sealed class SqliteWorkflowStoreContext(DbContextOptions<SqliteWorkflowStoreContext> options) : WorkflowStoreContext(options);
