//! `AUTHENTIK_URL=https://auth.example.com AUTHENTIK_TOKEN=... cargo run -p authentik-example-list-users`

use authentik_api::client::Client;

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let client = Client::builder(std::env::var("AUTHENTIK_URL")?)
        .token(std::env::var("AUTHENTIK_TOKEN")?)
        .build()?;
    for name in authentik_example_list_users::active_usernames(&client).await? {
        println!("{name}");
    }
    Ok(())
}
