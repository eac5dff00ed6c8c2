using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ResearchRelease.Web.Data.Migrations.Postgres
{
    /// <summary>
    /// A quarter's register snapshot is published with the SHA-256 of its bytes, so it must never change: like the event
    /// logs, the table refuses UPDATE, DELETE and TRUNCATE in the database itself. The model is unchanged.
    /// </summary>
    [DbContext(typeof(PostgresAppDbContext))]
    [Migration("20261207013000_RegisterSnapshotsAppendOnly")]
    public partial class RegisterSnapshotsAppendOnly : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(@"
CREATE FUNCTION register_snapshots_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'register_snapshots is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER register_snapshots_no_update_delete BEFORE UPDATE OR DELETE ON register_snapshots
    FOR EACH ROW EXECUTE FUNCTION register_snapshots_append_only();
CREATE TRIGGER register_snapshots_no_truncate BEFORE TRUNCATE ON register_snapshots
    FOR EACH STATEMENT EXECUTE FUNCTION register_snapshots_append_only();");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS register_snapshots_no_update_delete ON register_snapshots; "
                + "DROP TRIGGER IF EXISTS register_snapshots_no_truncate ON register_snapshots; "
                + "DROP FUNCTION IF EXISTS register_snapshots_append_only();");
        }
    }
}
