"""Eager tensors and NumPy arrays convert both ways; a raw ndarray takes the dtype of the tensor it meets."""
import numpy as np
import tensorflow as tf

X = tf.constant([[1.0, 2.0], [3.0, 4.0]])
X_np = X.numpy()
print(type(X_np).__name__, X_np.dtype)
print(type(np.square(X)).__name__)  # NumPy functions accept tensors and return ndarrays
print(tf.square(X_np).dtype)  # TensorFlow functions accept ndarrays and return tensors

A = np.ones((2, 2))  # NumPy's default float is float64, TensorFlow's is float32
print(A.dtype, X.dtype)
print((X + A).dtype, (A + X).dtype, tf.matmul(X, A).dtype)  # the ndarray is converted to float32
print(tf.constant(A).dtype)  # tf.constant keeps float64


def error(f):
    """Run f and print the error's type and first line, without TensorFlow's device prefix."""
    try:
        f()
    except tf.errors.InvalidArgumentError as e:
        print(type(e).__name__, "-", str(e).splitlines()[0].split("}} ")[-1])


error(lambda: X + tf.constant(A))  # two tensors, float32 + float64: no promotion
error(lambda: tf.matmul(A, X))  # A comes first, so it sets the dtype
print((X + tf.constant(A, dtype=tf.float32)).numpy())  # say the dtype when converting
