//! Entry point of the page: the panic hook, the guide, the automation hook.

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(secret_pro::app::App);
    secret_pro::app::api::install();
}
