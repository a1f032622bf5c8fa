# Run by docker/wfk-entrypoint.sh through `odoo shell` (which provides `env`) after it installed
# the modules into a database without demo data: Odoo creates the admin user with the password
# "admin"; replace it by a random one, written to WFK_ADMIN_LOGIN_FILE (mode 600). A password that
# was changed already is left alone, so later starts change nothing.
# ruff: noqa: F821
import os
import secrets

admin = env.ref("base.user_admin")
env.cr.execute("SELECT COALESCE(password, '') FROM res_users WHERE id = %s", [admin.id])
stored = env.cr.fetchone()[0]
if stored and admin._crypt_context().verify("admin", stored):
    path = os.environ["WFK_ADMIN_LOGIN_FILE"]
    password = secrets.token_urlsafe(24)
    with os.fdopen(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), "w") as login_file:
        login_file.write(f"login: {admin.login}\npassword: {password}\n")
    admin.password = password
    env.cr.commit()
    print(f"[wfk] The admin user's factory password 'admin' is replaced; the new one is in {path}")
