"""Eager tensors and NumPy arrays convert both ways; watch the float64 of NumPy."""
import numpy as np
import tensorflow as tf

X = tf.constant([[1.0, 2.0], [3.0, 4.0]])
X_np = X.numpy()  # tensor -> ndarray
print(type(X_np).__name__, X_np.dtype)
print(type(np.square(X)).__name__)  # NumPy functions accept tensors and return ndarrays
print(tf.square(X_np).dtype)  # TensorFlow functions accept ndarrays and return tensors

A = np.ones((2, 2))  # NumPy's default float is float64 ...
print(tf.constant(A).dtype, tf.constant([[1.0, 1.0]]).dtype)  # ... TensorFlow's is float32
try:
    X + tf.constant(A)  # float32 + float64: no automatic promotion
except tf.errors.InvalidArgumentError as e:
    print(type(e).__name__, "-", str(e).splitlines()[0].split("}} ")[-1])  # drop the device prefix
print((X + tf.constant(A, dtype=tf.float32)).numpy())  # say the dtype when converting
