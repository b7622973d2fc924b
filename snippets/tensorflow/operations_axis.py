"""axis and keepdims of tf.reduce_sum: one axis, several axes, negative axes."""
import tensorflow as tf

X = tf.constant([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])  # shape (2, 3)

print(tf.reduce_sum(X, axis=0, keepdims=True).shape)  # (1, 3): axis 0 kept with length 1
print(tf.reduce_sum(X, axis=-1).numpy())  # (1)!
print(tf.reduce_sum(X, axis=[0, 1]).numpy())  # a list of axes: both vanish
print(tf.reduce_max(X, axis=0).numpy(), tf.reduce_min(X, axis=1).numpy())  # same axis rules
