package dev.waymark.impl.jwt;

import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

import org.jose4j.jws.JsonWebSignature;

import dev.waymark.ApiDeploymentException;

/** One public key given as PEM (or its bare base64): RSA or EC. */
final class PemKey implements SigningKeys {

    private final PublicKey key;

    PemKey(String pem, String authorizer) {
        String base64 = pem.replaceAll("-----(BEGIN|END) PUBLIC KEY-----", "").replaceAll("\\s", "");
        byte[] der;
        try {
            der = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new ApiDeploymentException("The public key of JWT authorizer " + authorizer + " is not PEM: " + e.getMessage());
        }
        this.key = parse(der, authorizer);
    }

    private static PublicKey parse(byte[] der, String authorizer) {
        for (String algorithm : new String[] {"RSA", "EC"}) {
            try {
                return KeyFactory.getInstance(algorithm).generatePublic(new X509EncodedKeySpec(der));
            } catch (GeneralSecurityException e) {
                continue;
            }
        }
        throw new ApiDeploymentException("The public key of JWT authorizer " + authorizer
                + " is neither an RSA nor an EC public key (PEM '-----BEGIN PUBLIC KEY-----')");
    }

    @Override
    public Key keyFor(JsonWebSignature signature) {
        return key;
    }
}
