# Local bearer tokens for scripts/run.sh and scripts/token.sh (sourced, not run): a random HS256
# key in .data/token-signing-key (never committed: .data/ is ignored), and tokens signed with it
# by openssl. The service trusts them through Authentication:Schemes:Bearer, which run.sh sets.

token_issuer=placement-local
token_audience=placement-service

token_key_file() {
  echo "$root/.data/token-signing-key"
}

# Creates the key on first use: 256 random bits, base64, readable by its owner only.
token_ensure_key() {
  local file
  file=$(token_key_file)
  [[ -s "$file" ]] && return 0
  mkdir -p "$(dirname "$file")"
  (umask 077 && openssl rand -base64 32 >"$file")
  echo "Created a local token signing key in $file." >&2
}

# Exports the service's settings that trust the local key (environment variables override appsettings).
token_configure_service() {
  export Authentication__Schemes__Bearer__ValidIssuer=$token_issuer
  export Authentication__Schemes__Bearer__ValidAudiences__0=$token_audience
  export Authentication__Schemes__Bearer__SigningKeys__0__Issuer=$token_issuer
  export Authentication__Schemes__Bearer__SigningKeys__0__Value
  Authentication__Schemes__Bearer__SigningKeys__0__Value=$(tr -d '\n' <"$(token_key_file)")
}

token_base64url() {
  openssl base64 -A | tr '+/' '-_' | tr -d '='
}

# token_mint ROLES SUB HOURS: ROLES is comma-separated (reader,planner); prints a signed JWT.
token_mint() {
  local roles=$1 sub=$2 hours=$3 now header payload hexkey signature role_json
  now=$(date +%s)
  role_json=$(printf '"%s",' ${roles//,/ })
  header=$(printf '{"alg":"HS256","typ":"JWT"}' | token_base64url)
  payload=$(printf '{"iss":"%s","aud":"%s","sub":"%s","role":[%s],"iat":%d,"nbf":%d,"exp":%d}' \
    "$token_issuer" "$token_audience" "$sub" "${role_json%,}" "$now" "$now" $((now + hours * 3600)) | token_base64url)
  hexkey=$(openssl base64 -d -A <<<"$(tr -d '\n' <"$(token_key_file)")" | od -An -v -tx1 | tr -d ' \n')
  signature=$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -mac HMAC -macopt "hexkey:$hexkey" -binary | token_base64url)
  echo "$header.$payload.$signature"
}
