//! azconn-emulator: Entra ID, ARM and Graph on loopback HTTPS, driving a real PostgreSQL.

fn main() {}
