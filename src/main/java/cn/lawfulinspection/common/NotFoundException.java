package cn.lawfulinspection.common;

/** A requested record does not exist; answered as 404 problem details with a Chinese message. */
public class NotFoundException extends RuntimeException {

  public NotFoundException(String message) {
    super(message);
  }
}
