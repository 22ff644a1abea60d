#!/bin/sh
# Test certificates for running the benchmark the way production runs (README "Production: DUO's client
# certificate"): TLS with DUO signing in by client certificate, instead of HTTP Basic, whose password hash costs
# 50-100 ms of CPU per request. Made with the JDK's keytool only; for benchmarks and nothing else.
# usage: src/benchmark/mtls/certificaten.sh <directory>   (password of every store: benchmark)
set -e
dir=${1:?directory}
pw=benchmark
oin=${DUO_OIN:-00000001003214345000}
mkdir -p "$dir"
cd "$dir"
rm -f ca.p12 ca.crt server.p12 server.csr server.crt duo.p12 duo.csr duo.crt truststore.p12
kt() { keytool "$@" -storepass $pw -keypass $pw -storetype PKCS12 -noprompt; }
# A CA of our own, standing in for PKIoverheid.
kt -genkeypair -alias ca -keystore ca.p12 -keyalg RSA -keysize 2048 -validity 30 \
   -dname "CN=Benchmark CA, O=Inburgeringsregie benchmark" -ext bc:c -ext ku:c=keyCertSign,cRLSign
kt -exportcert -alias ca -keystore ca.p12 -rfc -file ca.crt
# The application's server certificate (localhost).
kt -genkeypair -alias server -keystore server.p12 -keyalg RSA -keysize 2048 -validity 30 -dname "CN=localhost"
kt -certreq -alias server -keystore server.p12 -file server.csr
kt -gencert -alias ca -keystore ca.p12 -infile server.csr -outfile server.crt -rfc -validity 30 \
   -ext san=dns:localhost,ip:127.0.0.1 -ext eku=serverAuth
kt -importcert -alias ca -keystore server.p12 -file ca.crt
kt -importcert -alias server -keystore server.p12 -file server.crt
# DUO's client certificate: its OIN in the subject's serialNumber, as in a PKIoverheid certificate.
kt -genkeypair -alias duo -keystore duo.p12 -keyalg RSA -keysize 2048 -validity 30 \
   -dname "SERIALNUMBER=$oin, CN=DUO benchmark, O=Dienst Uitvoering Onderwijs, C=NL"
kt -certreq -alias duo -keystore duo.p12 -file duo.csr
kt -gencert -alias ca -keystore ca.p12 -infile duo.csr -outfile duo.crt -rfc -validity 30 -ext eku=clientAuth
kt -importcert -alias ca -keystore duo.p12 -file ca.crt
kt -importcert -alias duo -keystore duo.p12 -file duo.crt
# What the application trusts: only this CA.
kt -importcert -alias ca -keystore truststore.p12 -file ca.crt
echo "Made ca.p12, server.p12, duo.p12 and truststore.p12 in $dir (password $pw)"
