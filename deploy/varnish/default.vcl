vcl 4.1;

# Varnish in front of the portal (docs/caching.md). One copy per URL and consent state: the state comes
# from the plain cookie `sib_consent_state` ("3:statistics", "3:-") or Sec-GPC, never from the signed
# cookie itself, so every visitor with the same decision shares a copy. The portal marks `private` any
# page it rendered for another state than the one that cookie claims, and every response it does not
# vouch for; logged-in editors and the admin never go through the cache.

backend portal {
    .host = "127.0.0.1";
    .port = "8000";
}

# Who may purge and ban: the app servers.
acl purgers {
    "127.0.0.1";
}

sub vcl_recv {
    if (req.method == "PURGE") {
        if (!client.ip ~ purgers) {
            return (synth(405, "Not allowed"));
        }
        return (purge);
    }
    if (req.method == "BAN") {
        if (!client.ip ~ purgers || !req.http.X-Ban-Url) {
            return (synth(405, "Not allowed"));
        }
        ban("obj.http.X-Url ~ " + req.http.X-Ban-Url);
        return (synth(200, "Banned"));
    }
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    if (req.url ~ "^/admin/" || req.http.Authorization || req.http.Cookie ~ "(^|;\s*)(sessionid|messages)=") {
        return (pass);
    }
    if (req.http.Sec-GPC == "1") {
        set req.http.X-Consent-State = "gpc";
    } elsif (req.http.Cookie ~ "(^|;\s*)sib_consent_state=") {
        set req.http.X-Consent-State = regsub(req.http.Cookie, "^(.*;\s*)?sib_consent_state=([^;]*).*$", "\2");
    } else {
        set req.http.X-Consent-State = "none";
    }
    # The portal needs only the consent cookies and a form's CSRF cookie; analytics cookies stay out.
    if (req.http.Cookie) {
        set req.http.Cookie = ";" + req.http.Cookie;
        set req.http.Cookie = regsuball(req.http.Cookie, ";\s*", ";");
        set req.http.Cookie = regsuball(req.http.Cookie, ";(sib_consent|sib_consent_state|csrftoken)=", "; \1=");
        set req.http.Cookie = regsuball(req.http.Cookie, ";[^ ][^;]*", "");
        set req.http.Cookie = regsuball(req.http.Cookie, "^[; ]+|[; ]+$", "");
        if (req.http.Cookie == "") {
            unset req.http.Cookie;
        }
    }
    return (hash);
}

sub vcl_hash {
    # The cookies are not part of the key; the consent state is, through Vary (set below).
    hash_data(req.url);
    if (req.http.host) {
        hash_data(req.http.host);
    }
    return (lookup);
}

sub vcl_backend_response {
    # For bans by URL pattern (the ban lurker can test objects without the request).
    set beresp.http.X-Url = bereq.url;
    if (beresp.http.Vary ~ "(?i)cookie") {
        set beresp.http.Vary = regsuball(beresp.http.Vary, "(?i)(^|,)\s*cookie\s*(,|$)", "\1");
        set beresp.http.Vary = regsub(beresp.http.Vary, "^[,\s]+|[,\s]+$", "");
        if (beresp.http.Vary == "") {
            set beresp.http.Vary = "X-Consent-State";
        } else {
            set beresp.http.Vary = beresp.http.Vary + ", X-Consent-State";
        }
    }
    if (beresp.http.Set-Cookie || !beresp.http.Cache-Control || beresp.http.Cache-Control ~ "(?i)private|no-store|no-cache") {
        # Only what the portal vouches for is shared (pages: s-maxage; static files and public images:
        # max-age); the portal marks everything else private.
        set beresp.uncacheable = true;
        set beresp.ttl = 120s;
    }
    return (deliver);
}

sub vcl_deliver {
    unset resp.http.X-Url;
    if (obj.hits > 0) {
        set resp.http.X-Varnish-Cache = "hit";
    } else {
        set resp.http.X-Varnish-Cache = "miss";
    }
    # Browsers and caches behind see the portal's own Vary: the cookie.
    if (resp.http.Vary) {
        set resp.http.Vary = regsub(resp.http.Vary, "X-Consent-State", "Cookie");
    }
}
