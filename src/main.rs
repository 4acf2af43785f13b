//! Entry point of the page: the panic hook, the guide, the automation hook.

fn main() {
    console_error_panic_hook::set_once();
    secret_pro::app::api::mount_page();
    secret_pro::app::api::install();
}
